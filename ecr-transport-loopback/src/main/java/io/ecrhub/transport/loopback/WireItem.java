package io.ecrhub.transport.loopback;

/** What travels on one direction of a loopback connection, in order. */
sealed interface WireItem {

  /** A text frame; {@code text} may differ from the origin's when the wire corrupted it. */
  record Text(Frame origin, String text) implements WireItem {}

  /** A binary frame; fault plans do not see it, it is delivered as sent. */
  record Binary(byte[] data) implements WireItem {}

  /** The sender closed the connection with this code and reason. */
  record Close(int code, String reason) implements WireItem {}

  /** A transport-level ping; the receiving side answers with a {@link Pong}. */
  record Ping(PingFrame ping) implements WireItem {}

  /** The answer to a ping. */
  record Pong() implements WireItem {}
}
