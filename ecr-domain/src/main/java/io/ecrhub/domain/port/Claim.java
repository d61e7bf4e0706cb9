package io.ecrhub.domain.port;

import java.time.Instant;
import java.util.Objects;

/**
 * A process's hold on an unfinished order: while it lasts, no other process works on the order —
 * neither queries, closes nor settles it. The process that records an order holds it for as long as
 * its attempt may run; a recoverer holds each order it recovers. Settling an order releases it, and
 * a hold that is not released (its process crashed) ends at {@link #until()}, after which another
 * process may take the order over.
 *
 * @param holder the process holding it ({@link JournalWriter#processId()})
 * @param until when the hold ends unless renewed or released
 */
public record Claim(String holder, Instant until) {

  public Claim {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(until, "until");
    if (holder.isBlank()) {
      throw new IllegalArgumentException("a claim needs a holder");
    }
  }

  /** Whether the hold still stands at {@code now}: it ends at {@link #until()} exactly. */
  public boolean isValidAt(Instant now) {
    return now.isBefore(until);
  }

  /** Whether {@code processId} holds it. */
  public boolean isHeldBy(String processId) {
    return holder.equals(processId);
  }
}
