package io.ecrhub.app.api;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * This machine's name, found without asking a DNS server: a till starting while the shop's network
 * is down must not wait on a lookup to describe itself.
 *
 * <p>{@code HOSTNAME} is a shell variable that most service managers do not export, so a POS
 * started as a service would otherwise call itself {@code localhost} and every till of a shop would
 * show up on the terminal under that one name. Hence the order: {@code HOSTNAME}, Windows' {@code
 * COMPUTERNAME}, the first line of {@code /etc/hostname}, and only then the loopback's name.
 */
final class HostName {

  private static final Path ETC_HOSTNAME = Path.of("/etc/hostname");

  private HostName() {}

  static String ofThisMachine() {
    return of(System.getenv(), ETC_HOSTNAME);
  }

  static String of(Map<String, String> environment, Path etcHostname) {
    return nonBlank(environment.get("HOSTNAME"))
        .or(() -> nonBlank(environment.get("COMPUTERNAME")))
        .or(() -> firstLine(etcHostname))
        .orElseGet(() -> InetAddress.getLoopbackAddress().getHostName());
  }

  private static Optional<String> firstLine(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .findFirst()
          .flatMap(HostName::nonBlank);
    } catch (IOException | SecurityException unreadable) {
      // no such file (Windows, macOS) or not readable: the next source names the machine
      return Optional.empty();
    }
  }

  private static Optional<String> nonBlank(String name) {
    return Optional.ofNullable(name).map(String::strip).filter(stripped -> !stripped.isEmpty());
  }
}
