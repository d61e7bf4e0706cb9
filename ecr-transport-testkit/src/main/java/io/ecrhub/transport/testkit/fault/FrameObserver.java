package io.ecrhub.transport.testkit.fault;

/**
 * Sees every frame on a faulty wire: once when the plan decided on it, with the action, and once
 * per copy the wire passes on — to the wrapped transport for a frame the decorated end sends, to
 * its listener for a frame it receives. {@link FrameRecorder} keeps them for assertions.
 *
 * <p>Both run on the transport's threads, {@link #onSent} in the order of each direction. Both must
 * be quick and must not call back into the transport.
 */
public interface FrameObserver {

  /**
   * {@code frame} was sent and the wire will apply {@code action} to it.
   *
   * @param frame the frame as sent
   * @param action what the fault plan decided
   */
  void onSent(Frame frame, FaultAction action);

  /**
   * The wire passes on {@code text}, which stems from {@code origin}: the same text, a corrupted
   * one, an injected extra frame, or a duplicate. Ignored by default.
   *
   * @param origin the frame as sent
   * @param text the text passed on
   */
  default void onDelivered(Frame origin, String text) {}

  /**
   * Sees nothing.
   *
   * @return an observer that ignores every call
   */
  static FrameObserver none() {
    return (frame, action) -> {};
  }
}
