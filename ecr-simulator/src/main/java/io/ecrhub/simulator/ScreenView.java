package io.ecrhub.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the simulator's screen shows at one moment, taken at once.
 *
 * @param takenAt when, by the simulator's clock
 * @param manualMode whether new orders are held for a person's decision
 * @param connections the POS connected now, oldest first
 * @param orders every order of the ledger, oldest first
 */
public record ScreenView(
    Instant takenAt,
    boolean manualMode,
    List<PosConnection> connections,
    List<ScreenOrder> orders) {

  /**
   * Copies the lists, which must not be {@code null} nor hold {@code null}.
   *
   * @param takenAt when, by the simulator's clock
   * @param manualMode whether new orders are held for a person's decision
   * @param connections the POS connected now, oldest first
   * @param orders every order of the ledger, oldest first
   */
  public ScreenView {
    Objects.requireNonNull(takenAt, "takenAt");
    connections = List.copyOf(connections);
    orders = List.copyOf(orders);
  }
}
