package io.ecrhub.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.protocol.spi.TerminalLocator;
import io.ecrhub.protocol.spi.TerminalLocatorProvider;
import io.ecrhub.protocol.spi.TransportException;
import java.net.SocketException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real multicast DNS on the loopback interface of a network namespace of this test's own: a
 * terminal announced is browsed, located by serial number, found again at its new port after it
 * moved, and forgotten after it said goodbye.
 */
class MulticastDiscoveryTest {

  private static final Duration WAIT = Duration.ofSeconds(4);

  @BeforeAll
  static void onlyLoopback() throws SocketException {
    LoopbackOnly.assertNoOtherInterface();
  }

  @Test
  void an_announced_terminal_is_browsed_with_its_serial_number_address_and_app() {
    try (TerminalAdvertisement ignored =
        TerminalAdvertisement.start(
            LoopbackOnly.LOOPBACK, "PP35272137000072", 41001, "ECR Hub", "2.3.1")) {

      assertThat(TerminalDiscovery.browse(LoopbackOnly.LOOPBACK, WAIT))
          .containsExactly(
              new DiscoveredTerminal("PP35272137000072", "127.0.0.1", 41001, "ECR Hub", "2.3.1"));
    }
  }

  @Test
  void a_terminal_is_located_by_serial_number_and_again_at_its_new_port_after_it_moved() {
    TerminalLocator locator =
        TerminalLocatorProvider.find(MulticastDiscoveryTest.class.getClassLoader())
            .orElseThrow()
            .create(Optional.of(LoopbackOnly.LOOPBACK));
    try (locator) {
      try (TerminalAdvertisement ignored =
          TerminalAdvertisement.start(LoopbackOnly.LOOPBACK, "SN-MOVING", 41002, "ECR Hub", "1")) {
        assertThat(locator.locate("SN-MOVING", WAIT).toCompletableFuture().join())
            .isEqualTo(URI.create("ws://127.0.0.1:41002"));
      }
      try (TerminalAdvertisement ignored =
          TerminalAdvertisement.start(LoopbackOnly.LOOPBACK, "SN-MOVING", 41003, "ECR Hub", "1")) {
        assertThat(locator.locate("SN-MOVING", WAIT).toCompletableFuture().join())
            .isEqualTo(URI.create("ws://127.0.0.1:41003"));
      }
    }
  }

  @Test
  void a_serial_number_nobody_announces_fails_with_a_connect_failure_naming_it() {
    try (TerminalLocator locator = new MdnsTerminalLocator(LoopbackOnly.LOOPBACK)) {
      assertThatThrownBy(
              () -> locator.locate("NOBODY", Duration.ofSeconds(1)).toCompletableFuture().join())
          .isInstanceOf(CompletionException.class)
          .cause()
          .isInstanceOfSatisfying(
              TransportException.class,
              failure ->
                  assertThat(failure.kind()).isEqualTo(TransportException.Kind.CONNECT_FAILED))
          .hasMessageContaining("NOBODY");
    }
  }

  @Test
  void an_address_that_is_not_this_machines_is_refused_before_any_multicast() {
    assertThatThrownBy(
            () -> DiscoveryInterface.choose(Optional.of(DiscoveryInterface.parse("192.0.2.77"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("192.0.2.77");
    assertThatThrownBy(() -> DiscoveryInterface.parse("till.local"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an IP address");
  }
}
