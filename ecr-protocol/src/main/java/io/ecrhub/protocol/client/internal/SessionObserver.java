package io.ecrhub.protocol.client.internal;

/**
 * What a {@link ClientSession} tells whoever watches it, beyond replies to its requests: the link's
 * state changes, in the order they happened, and frames it could not read. Called on transport and
 * timer threads, one call at a time per kind; must return quickly and not block.
 */
public interface SessionObserver {

  /** Observes nothing. */
  SessionObserver NONE = new SessionObserver() {};

  /**
   * The link to the terminal changed state.
   *
   * @param transition from which state to which, and why
   */
  default void linkChanged(LinkTransition transition) {}

  /**
   * A frame arrived that could not be read: not JSON, not the protocol, or a binary frame whose
   * bytes are not UTF-8.
   *
   * @param description why, with a truncated and escaped copy of the frame
   */
  default void undecodableFrame(String description) {}
}
