package io.ecrhub.simulator;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.validation.Violation;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The simulated terminal's screen: what a person in front of the simulator sees — the connected
 * POS, every order and what is planned for it, the frames on the wire — and the buttons they press:
 * manual mode, and a decision about an order in progress. Obtain it from {@link
 * TerminalSimulator#screen()}; a user interface (such as {@code ecr simulate --ui}) needs nothing
 * else of the simulator.
 *
 * <pre>{@code
 * TerminalScreen screen = simulator.screen();
 * screen.setManualMode(true);                       // every new order waits for a decision
 * ... a POS sends order A1001 ...
 * screen.decide("A1001", OrderDecision.decline(ResponseCode.REJECTED));   // 115, status 1
 * }</pre>
 *
 * Thread-safe.
 */
public final class TerminalScreen {

  /** Stops a {@link #watch watch}. */
  public interface Watch extends AutoCloseable {
    /** Stops telling the watcher; idempotent. */
    @Override
    void close();
  }

  private final SimulatedTerminal terminal;
  private final WireTap tap;
  private final WireLog wire;
  private final ScreenEvents events;
  private final Clock clock;

  TerminalScreen(
      SimulatedTerminal terminal, WireTap tap, WireLog wire, ScreenEvents events, Clock clock) {
    this.terminal = terminal;
    this.tap = tap;
    this.wire = wire;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Everything the screen shows, now.
   *
   * @return a snapshot of the connections and orders, taken at the simulator clock's instant
   */
  public ScreenView view() {
    boolean manual = terminal.manualMode();
    List<PosConnection> connections = tap.connections();
    List<ScreenOrder> orders =
        terminal.ledger().arrivals().stream().map(this::screenOrder).toList();
    return new ScreenView(clock.instant(), manual, connections, orders);
  }

  /**
   * Whether new orders are held for a person's decision.
   *
   * @return {@code true} while manual mode is on
   */
  public boolean manualMode() {
    return terminal.manualMode();
  }

  /**
   * Manual mode on: every new order that passes the terminal's checks is held, processing and
   * unanswered, until {@link #decide} — the cents triggers do not apply. Off (the default): the
   * automatic behaviour and the cents triggers. Orders already held stay held until decided.
   *
   * @param on {@code true} to hold new orders for a decision, {@code false} for the automatic
   *     behaviour
   */
  public void setManualMode(boolean on) {
    terminal.setManualMode(on);
  }

  /**
   * Decides what the terminal does with an order in progress; see {@link OrderDecision}.
   *
   * @param merchantOrderNo the order's {@code merchant_order_no}; need not be valid
   * @param decision what to do with the order
   * @return the order as the ledger has it after the decision, or why nothing was done (no such
   *     order, or it is no longer processing)
   */
  public Either<DecisionRefused, LedgerEntry> decide(
      String merchantOrderNo, OrderDecision decision) {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
    Objects.requireNonNull(decision, "decision");
    return MerchantOrderNo.of(merchantOrderNo)
        .toEither()
        .mapLeft(
            violations ->
                new DecisionRefused(
                    merchantOrderNo,
                    "not a valid merchant_order_no: "
                        + violations.map(Violation::message).mkString("; ")))
        .flatMap(number -> terminal.decide(number, decision));
  }

  /**
   * The last {@value WireLog#CAPACITY} events on the wire, oldest first.
   *
   * @return a snapshot of the recent wire events; empty before any traffic
   */
  public List<WireEvent> recentWire() {
    return wire.recent();
  }

  /**
   * Tells {@code watcher} of every change from now on, until the returned watch is closed. To miss
   * nothing, watch first, then read {@link #view()} and {@link #recentWire()}.
   *
   * @param watcher told of each change on the simulator's and the transport's threads; its
   *     exceptions are logged and ignored
   * @return the watch; close it to stop the notifications
   */
  public Watch watch(ScreenWatcher watcher) {
    Objects.requireNonNull(watcher, "watcher");
    return events.add(watcher);
  }

  private ScreenOrder screenOrder(TerminalLedger.Arrival arrival) {
    LedgerEntry entry = arrival.entry();
    Option<OrderPlans.Plan> plan =
        entry.status().equals(TransactionStatus.PROCESSING)
            ? terminal.planOf(entry.merchantOrderNo())
            : Option.none();
    return new ScreenOrder(
        entry,
        arrival.connectionId(),
        tap.isOpen(arrival.connectionId()),
        arrival.receivedAt(),
        plan.map(OrderPlans.Plan::description),
        plan.flatMap(OrderPlans.Plan::dueAt));
  }
}
