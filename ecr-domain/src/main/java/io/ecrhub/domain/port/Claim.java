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

  /**
   * Checks the claim.
   *
   * @param holder the holding process's id; not blank
   * @param until when the hold ends
   * @throws NullPointerException if either is null
   * @throws IllegalArgumentException if {@code holder} is blank
   */
  public Claim {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(until, "until");
    if (holder.isBlank()) {
      throw new IllegalArgumentException("a claim needs a holder");
    }
  }

  /**
   * Whether the hold still stands at {@code now}: it ends at {@link #until()} exactly.
   *
   * @param now the time to check
   * @return {@code true} strictly before {@link #until()}
   */
  public boolean isValidAt(Instant now) {
    return now.isBefore(until);
  }

  /**
   * Whether {@code processId} holds it.
   *
   * @param processId a process id
   * @return whether it is the holder
   */
  public boolean isHeldBy(String processId) {
    return holder.equals(processId);
  }
}
