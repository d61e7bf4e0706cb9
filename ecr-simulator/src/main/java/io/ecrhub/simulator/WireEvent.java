package io.ecrhub.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened on the simulator's wire, for a screen's live log: a frame in either
 * direction, or a connection opening or closing.
 *
 * @param sequence increases by one with every event of one simulator, from 1: a screen that has
 *     seen event {@code n} has seen every event before it
 * @param at when it happened, by the simulator's clock
 * @param connectionId the connection, as the transport names it
 * @param kind what happened
 * @param text the frame as it went over the wire (a binary frame as the UTF-8 it carries, a byte
 *     that is not UTF-8 as U+FFFD); for an open or close, what the transport said about it
 * @param binary whether the frame was a binary one
 */
public record WireEvent(
    long sequence, Instant at, String connectionId, Kind kind, String text, boolean binary) {

  /** What a {@link WireEvent} is. */
  public enum Kind {
    /** A frame the terminal received from the POS. */
    RECEIVED,
    /** A frame the terminal sent to the POS. */
    SENT,
    /** A POS connected; the text is its address. */
    OPENED,
    /** A connection closed, by either side; the text is the close code and reason. */
    CLOSED
  }

  /**
   * Checks that no object component is {@code null}.
   *
   * @param sequence increases by one with every event of one simulator, from 1: a screen that has
   *     seen event {@code n} has seen every event before it
   * @param at when it happened, by the simulator's clock
   * @param connectionId the connection, as the transport names it
   * @param kind what happened
   * @param text the frame as it went over the wire (a binary frame as the UTF-8 it carries, a byte
   *     that is not UTF-8 as U+FFFD); for an open or close, what the transport said about it
   * @param binary whether the frame was a binary one
   */
  public WireEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(connectionId, "connectionId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
