package io.ecrhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name a till gives itself when it pairs, from the sources a service's JVM actually has. */
class HostNameTest {

  @TempDir Path folder;

  @Test
  void hostname_of_the_environment_comes_first() throws IOException {
    Path etc = Files.writeString(folder.resolve("hostname"), "from-file\n");

    assertThat(HostName.of(Map.of("HOSTNAME", "till-3", "COMPUTERNAME", "TILL3"), etc))
        .isEqualTo("till-3");
  }

  @Test
  void a_windows_till_is_named_by_computername() {
    assertThat(HostName.of(Map.of("COMPUTERNAME", "TILL3"), folder.resolve("absent")))
        .isEqualTo("TILL3");
  }

  @Test
  void a_service_without_hostname_reads_etc_hostname_instead_of_calling_itself_localhost()
      throws IOException {
    Path etc = Files.writeString(folder.resolve("hostname"), "  till-7  \nignored\n");

    assertThat(HostName.of(Map.of("HOSTNAME", " "), etc)).isEqualTo("till-7");
  }

  @Test
  void with_no_source_at_all_the_loopback_name_remains() throws IOException {
    Path empty = Files.writeString(folder.resolve("hostname"), "\n");

    assertThat(HostName.of(Map.of(), empty))
        .isEqualTo(InetAddress.getLoopbackAddress().getHostName());
  }
}
