package io.ecrhub.simulator;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The last {@link #CAPACITY} events on the simulator's wire, both directions, numbered, for a
 * screen's live log. Every event goes to the screen watchers as it is recorded, in sequence order.
 */
final class WireLog {

  static final int CAPACITY = 500;

  private final Clock clock;
  private final ScreenEvents events;
  private final ArrayDeque<WireEvent> recent = new ArrayDeque<>();
  private long sequence;

  WireLog(Clock clock, ScreenEvents events) {
    this.clock = clock;
    this.events = events;
  }

  /**
   * Records one event. The watchers are told under the log's lock, so that they see the events in
   * sequence order; they return at once by contract.
   */
  synchronized void record(String connectionId, WireEvent.Kind kind, String text, boolean binary) {
    WireEvent event = new WireEvent(++sequence, clock.instant(), connectionId, kind, text, binary);
    if (recent.size() == CAPACITY) {
      recent.removeFirst();
    }
    recent.addLast(event);
    events.wire(event);
  }

  /** The recent events, oldest first. */
  synchronized List<WireEvent> recent() {
    return List.copyOf(recent);
  }
}
