package io.ecrhub.bench;

/**
 * Told about the traffic of the connections of an {@link ObservedClientTransport}. Called on the
 * transport's threads, before the engine sees the event; must return at once.
 */
interface FrameObserver {

  /** A text frame is being handed to the transport. */
  default void sent(String frame) {}

  /** A text frame arrived. */
  default void received(String frame) {}

  /**
   * The connection closed, by either side.
   *
   * @param atNanos {@link System#nanoTime()} when the transport reported it
   */
  default void closed(int code, String reason, long atNanos) {}
}
