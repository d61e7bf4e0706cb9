package io.ecrhub.discovery;

/**
 * How the vendor's terminals announce themselves over multicast DNS, as its SDKs browse for them:
 * the service type, the instance name (the terminal's serial number) and the TXT keys.
 */
public final class TerminalService {

  /** The service type a WiseCashier terminal's ECR Hub advertises. */
  public static final String TYPE = "_ecr-hub-server._tcp.local.";

  /** TXT key: the name of the terminal's ECR Hub app. */
  public static final String APP_NAME = "app_name";

  /** TXT key: its version. */
  public static final String APP_VERSION = "app_version";

  /**
   * TXT key: the serial number once more, which one of the vendor's SDKs reads instead of the
   * instance name.
   */
  public static final String DEVICE_SN = "device_sn";

  private TerminalService() {}
}
