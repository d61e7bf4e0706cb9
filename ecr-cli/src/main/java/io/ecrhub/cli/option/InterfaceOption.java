package io.ecrhub.cli.option;

import io.ecrhub.cli.output.CliContext;
import io.ecrhub.discovery.DiscoveryInterface;
import io.ecrhub.domain.validation.ViolationCollector;
import java.net.InetAddress;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --interface ADDR}: the network interface multicast DNS runs on, by its address; falls back
 * to {@code ECR_INTERFACE}, then the machine's first LAN address. Multicast goes out of that one
 * interface only.
 */
public final class InterfaceOption {

  static final String ENV = "ECR_INTERFACE";

  @Option(
      names = "--interface",
      paramLabel = "ADDR",
      description =
          "The address of the network interface to search for terminals on (mDNS), e.g."
              + " 192.168.1.10 or 127.0.0.1. Env: "
              + ENV
              + "; default: the first LAN address.")
  String address;

  /** The text given by the option or the environment; null when neither. */
  private String given(CliContext context) {
    return address != null ? address : context.env(ENV);
  }

  /**
   * Reports an unusable address under {@code --interface}.
   *
   * @param context the command's environment, for {@code ECR_INTERFACE}
   * @param violations collects the problem under {@code --interface}
   */
  public void check(CliContext context, ViolationCollector violations) {
    String text = given(context);
    if (text == null) {
      return;
    }
    try {
      DiscoveryInterface.choose(Optional.of(DiscoveryInterface.parse(text)));
    } catch (IllegalArgumentException unusable) {
      violations.add("--interface", unusable.getMessage());
    }
  }

  /**
   * The interface address chosen; empty for the default. Must have passed {@link #check}.
   *
   * @param context the command's environment, for {@code ECR_INTERFACE}
   * @return the address given, or empty for the first LAN address
   * @throws IllegalArgumentException when the text is not an IP address (as {@link #check} reports)
   */
  public Optional<InetAddress> chosen(CliContext context) {
    String text = given(context);
    return text == null ? Optional.empty() : Optional.of(DiscoveryInterface.parse(text));
  }
}
