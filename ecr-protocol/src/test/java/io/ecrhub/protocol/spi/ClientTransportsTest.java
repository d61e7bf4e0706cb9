package io.ecrhub.protocol.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class ClientTransportsTest {

  /** A provider that names itself; its transports are never used here. */
  private record NamedProvider(String name, Set<String> schemes, int priority)
      implements ClientTransportProvider {
    @Override
    public ClientTransport create() {
      return new ClientTransport() {
        @Override
        public boolean supports(URI endpoint) {
          return NamedProvider.this.supports(endpoint);
        }

        @Override
        public CompletionStage<Connection> connect(
            URI endpoint, ConnectOptions options, ConnectionListener listener) {
          throw new UnsupportedOperationException("not used by this test");
        }

        @Override
        public void close() {}
      };
    }
  }

  private static final NamedProvider TYRUS = new NamedProvider("tyrus", Set.of("ws", "wss"), 10);
  private static final NamedProvider JDK = new NamedProvider("jdk", Set.of("ws", "wss"), 0);
  private static final NamedProvider SERIAL = new NamedProvider("serial", Set.of("serial"), 0);

  @Test
  void the_highest_priority_among_the_providers_of_the_scheme_wins() {
    assertThat(
            ClientTransports.provider(URI.create("ws://127.0.0.1:1"), List.of(JDK, TYRUS, SERIAL)))
        .isEqualTo(TYRUS);
    assertThat(ClientTransports.provider(URI.create("WSS://terminal:443"), List.of(JDK, SERIAL)))
        .isEqualTo(JDK);
    assertThat(ClientTransports.provider(URI.create("serial:/dev/ttyUSB0"), List.of(TYRUS, SERIAL)))
        .isEqualTo(SERIAL);
  }

  @Test
  void equal_priorities_are_decided_by_name_not_by_class_path_order() {
    NamedProvider alpha = new NamedProvider("alpha", Set.of("ws"), 0);
    NamedProvider beta = new NamedProvider("beta", Set.of("ws"), 0);
    URI endpoint = URI.create("ws://127.0.0.1:1");

    assertThat(ClientTransports.provider(endpoint, List.of(alpha, beta))).isEqualTo(alpha);
    assertThat(ClientTransports.provider(endpoint, List.of(beta, alpha))).isEqualTo(alpha);
  }

  @Test
  void an_unknown_scheme_is_a_typed_error_that_names_the_scheme_and_what_is_there() {
    URI endpoint = URI.create("bluetooth://terminal");

    assertThatThrownBy(() -> ClientTransports.provider(endpoint, List.of(TYRUS, SERIAL)))
        .isInstanceOf(UnsupportedEndpointException.class)
        .hasMessageContaining("\"bluetooth\"")
        .hasMessageContaining("tyrus [")
        .hasMessageContaining("serial [serial]")
        .satisfies(
            error ->
                assertThat(((UnsupportedEndpointException) error).scheme()).isEqualTo("bluetooth"));
  }

  @Test
  void with_no_provider_at_all_the_error_says_so() {
    assertThatThrownBy(() -> ClientTransports.forEndpoint(URI.create("ws://127.0.0.1:1")))
        .isInstanceOf(UnsupportedEndpointException.class)
        .hasMessageContaining("no transport is on the class path")
        .hasMessageContaining("ecr-transport-jdk");
  }
}
