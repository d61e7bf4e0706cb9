package io.ecrhub.transport.loopback;

/**
 * Sees every frame on a {@link LoopbackNetwork}: once when it is sent, with the fault decided for
 * it, and once per copy the receiving listener is given. {@link FrameRecorder} keeps them for
 * assertions.
 *
 * <p>{@link #onSent} runs on the sending thread while the direction's lock is held (so the order of
 * calls is the sending order); {@link #onDelivered} runs on the receiver's event thread just before
 * its listener. Both must be quick and must not call back into the transport.
 */
public interface FrameObserver {

  /** {@code frame} was sent and the wire will apply {@code action} to it. */
  void onSent(Frame frame, FaultAction action);

  /**
   * The receiver's listener is about to be given {@code text}, which stems from {@code origin}: the
   * same text, a corrupted one, an injected extra frame, or a duplicate.
   */
  default void onDelivered(Frame origin, String text) {}

  /** Sees nothing. */
  static FrameObserver none() {
    return (frame, action) -> {};
  }
}
