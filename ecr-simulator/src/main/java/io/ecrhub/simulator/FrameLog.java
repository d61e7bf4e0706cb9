package io.ecrhub.simulator;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Keeps the last {@link #CAPACITY} frames the simulator received, for tests that check what a POS
 * really sent. Bounded, so that a simulator serving for days does not grow.
 */
final class FrameLog {

  static final int CAPACITY = 10_000;

  private final ArrayDeque<ReceivedFrame> frames = new ArrayDeque<>();

  synchronized List<ReceivedFrame> frames() {
    return List.copyOf(frames);
  }

  synchronized void record(ReceivedFrame frame) {
    if (frames.size() == CAPACITY) {
      frames.removeFirst();
    }
    frames.addLast(frame);
  }
}
