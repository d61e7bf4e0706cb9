package io.ecrhub.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ClientTransportProvider;
import io.ecrhub.protocol.spi.ClientTransports;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** With both WebSocket transports on the class path, as in this module's tests. */
class ProviderSelectionTest {

  @Test
  void both_providers_are_found_and_tyrus_is_the_default_for_ws() {
    assertThat(ClientTransports.providers(getClass().getClassLoader()))
        .extracting(ClientTransportProvider::name)
        .contains("jdk", "tyrus");
    try (ClientTransport transport = ClientTransports.forEndpoint(URI.create("ws://127.0.0.1:1"))) {
      assertThat(transport).isInstanceOf(TyrusClientTransport.class);
    }
  }

  @Test
  void the_jdk_provider_makes_the_jdk_transport() {
    try (ClientTransport transport = new JdkClientTransportProvider().create()) {
      assertThat(transport).isInstanceOf(JdkClientTransport.class);
      assertThat(transport.supports(URI.create("WSS://terminal:443"))).isTrue();
      assertThat(transport.supports(URI.create("serial:auto"))).isFalse();
    }
  }
}
