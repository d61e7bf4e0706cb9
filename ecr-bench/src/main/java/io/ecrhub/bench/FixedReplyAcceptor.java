package io.ecrhub.bench;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.util.Objects;

/**
 * The server side of the wire floor: answers every frame with the same reply frame, doing nothing
 * else — no decoding, no business logic — so that a round trip costs only the WebSocket stack.
 */
final class FixedReplyAcceptor implements ConnectionAcceptor {

  private final String reply;

  FixedReplyAcceptor(String reply) {
    this.reply = Objects.requireNonNull(reply, "reply");
  }

  @Override
  public ConnectionListener accept(Connection connection) {
    return new ConnectionListener() {
      @Override
      public void onText(Connection from, String text) {
        from.send(reply);
      }

      @Override
      public void onClose(Connection from, int code, String reason) {}
    };
  }
}
