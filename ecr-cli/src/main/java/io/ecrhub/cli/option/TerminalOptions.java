package io.ecrhub.cli.option;

import io.ecrhub.cli.output.CliContext;
import io.ecrhub.domain.validation.ViolationCollector;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every command that talks to a terminal shares. {@code --terminal} and {@code
 * --app-id} fall back to {@code ECR_TERMINAL} and {@code ECR_APP_ID}, so that a till sets them
 * once.
 */
public final class TerminalOptions {

  static final String TERMINAL_ENV = "ECR_TERMINAL";

  /** The environment variable {@code --app-id} falls back to. */
  public static final String APP_ID_ENV = "ECR_APP_ID";

  @Option(
      names = "--terminal",
      paramLabel = "URI",
      description =
          "The terminal, e.g. ws://192.168.1.20:35779; a bare host or host:port gets ws:// and"
              + " port 35779; sn:SERIAL names it by serial number, found by mDNS (again whenever"
              + " it no longer answers where it was). Env: "
              + TERMINAL_ENV
              + ".")
  String terminal;

  @Option(
      names = "--app-id",
      paramLabel = "ID",
      description = "app_id, as registered in the PayCloud gateway. Env: " + APP_ID_ENV + ".")
  String appId;

  /**
   * {@code --timeout}: how long to wait for the terminal's answer (default 180 s); checked to be
   * positive.
   */
  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "180s",
      description =
          "How long to wait for the terminal's answer, e.g. 500ms, 2s, 3m (default: 180s)."
              + " An unanswered payment is then settled by queries, never sent again.")
  public Duration timeout;

  /**
   * {@code --connect-timeout}: how long to try to connect (default 5 s); checked to be positive.
   */
  @Option(
      names = "--connect-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "5s",
      description = "How long to try to connect before giving up, nothing sent (default: 5s).")
  public Duration connectTimeout;

  /** {@code --json}: print exactly one JSON object on stdout. */
  @Option(names = "--json", description = "Print exactly one JSON object on stdout.")
  public boolean json;

  /** {@code --interface}: the network interface for finding {@code sn:} terminals by mDNS. */
  @Mixin public InterfaceOption networkInterface;

  /** {@code --no-request-id}: send no {@code request_id}. */
  @Option(
      names = "--no-request-id",
      description =
          "Send no request_id (sent by default: the vendor's terminals echo it, which matches"
              + " answers exactly); only for a terminal that refuses fields it does not know.")
  public boolean noRequestId;

  /** {@code --send-version}: send {@code "version":"1.0"} as the vendor's SDKs do. */
  @Option(
      names = "--send-version",
      description =
          "Send \"version\":\"1.0\" as the vendor's SDKs do (off by default, as the seed).")
  public boolean sendVersion;

  /**
   * {@code --progress}: the interval of the progress lines on stderr when stdout is not a terminal
   * (default 10 s).
   */
  @Option(
      names = "--progress",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "10s",
      description =
          "When stdout is not a terminal (a log, a script), print a line to stderr this often"
              + " while waiting, e.g. \"still waiting for the terminal: 40 s, order A1001\""
              + " (default: 10s).")
  public Duration progress;

  /**
   * The terminal from the option or the environment; null when neither is given.
   *
   * @param context the command's environment
   * @return the {@code --terminal} value, else {@code ECR_TERMINAL} if set and not blank, else
   *     {@code null}
   */
  public String terminalOrEnv(CliContext context) {
    return terminal != null ? terminal : context.env(TERMINAL_ENV);
  }

  /**
   * The app id from the option or the environment; null when neither is given.
   *
   * @param context the command's environment
   * @return the {@code --app-id} value, else {@value #APP_ID_ENV} if set and not blank, else {@code
   *     null}
   */
  public String appIdOrEnv(CliContext context) {
    return appId != null ? appId : context.env(APP_ID_ENV);
  }

  /**
   * Checks what can be checked without the network; the terminal only when {@code required}.
   *
   * @param context the command's environment
   * @param terminalRequired whether the command needs a terminal address
   * @param violations collects every problem found
   */
  public void check(CliContext context, boolean terminalRequired, ViolationCollector violations) {
    if (terminalRequired) {
      TerminalAddress.check(terminalOrEnv(context), violations);
    }
    String app = appIdOrEnv(context);
    violations.check(
        app != null && !app.isBlank(),
        "--app-id",
        "is required: the app_id registered in the PayCloud gateway (or set " + APP_ID_ENV + ")");
    Durations.checkPositive(timeout, "--timeout", violations);
    Durations.checkPositive(connectTimeout, "--connect-timeout", violations);
    networkInterface.check(context, violations);
    Durations.checkPositive(progress, "--progress", violations);
  }
}
