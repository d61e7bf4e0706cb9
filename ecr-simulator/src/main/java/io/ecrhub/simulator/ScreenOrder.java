package io.ecrhub.simulator;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * One order of the ledger as the simulator's screen shows it: the ledger's entry, where and when it
 * arrived, and — while it is processing — what the terminal is going to do with it.
 *
 * @param entry the order as the ledger has it now
 * @param connectionId the connection it arrived on
 * @param connectionOpen whether that connection is still open
 * @param receivedAt when the terminal took it, by the simulator's clock
 * @param plan while processing, what happens next ({@code "held: waiting for a decision"}, {@code
 *     "automatic: approved after 300 ms"}, {@code "silent: the POS gets no answer"}…); empty once
 *     the order has a final status
 * @param dueAt when the plan settles the order by itself, if it does
 */
public record ScreenOrder(
    LedgerEntry entry,
    String connectionId,
    boolean connectionOpen,
    Instant receivedAt,
    Option<String> plan,
    Option<Instant> dueAt) {

  /**
   * Checks that no object component is {@code null}.
   *
   * @param entry the order as the ledger has it now
   * @param connectionId the connection it arrived on
   * @param connectionOpen whether that connection is still open
   * @param receivedAt when the terminal took it, by the simulator's clock
   * @param plan while processing, what happens next ({@code "held: waiting for a decision"}, {@code
   *     "automatic: approved after 300 ms"}, {@code "silent: the POS gets no answer"}…); empty once
   *     the order has a final status
   * @param dueAt when the plan settles the order by itself, if it does
   */
  public ScreenOrder {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(connectionId, "connectionId");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(dueAt, "dueAt");
  }
}
