package io.ecrhub.transport.testkit.fault;

import java.util.Objects;

/** A frame that was sent, and what the wire did with it. */
public record SentFrame(Frame frame, FaultAction action) {

  public SentFrame {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(action, "action");
  }
}
