package io.ecrhub.protocol.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenConnectionsTest {

  private final OpenConnections<String> connections = new OpenConnections<>();

  @Test
  void close_all_returns_what_is_open_once_and_refuses_later_connections() {
    connections.add("a");
    connections.add("b");
    connections.remove("a");

    assertThat(connections.closeAll()).containsExactly("b");
    assertThat(connections.isClosed()).isTrue();
    assertThat(connections.add("c")).isFalse();
    assertThat(connections.closeAll()).as("a second close has nothing to do").isEmpty();
  }
}
