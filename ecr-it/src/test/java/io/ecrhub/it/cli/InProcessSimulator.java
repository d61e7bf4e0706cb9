package io.ecrhub.it.cli;

import io.ecrhub.simulator.LedgerEntry;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.simulator.TriggerTimings;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import io.vavr.control.Option;
import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * The simulator in the test's JVM, on a real WebSocket (Tyrus on 127.0.0.1, ephemeral port), with
 * the default rules and timings the README documents — so that a test can read its ledger, the
 * terminal's own record of what it received.
 */
public final class InProcessSimulator implements AutoCloseable {

  public static final String APP_ID = "ecrit";

  private final TerminalSimulator simulator;

  private InProcessSimulator(TerminalSimulator simulator) {
    this.simulator = simulator;
  }

  public static InProcessSimulator start() {
    return start(TriggerTimings.defaults());
  }

  /** The same, with other timings for the delayed triggers. */
  public static InProcessSimulator start(TriggerTimings timings) {
    return new InProcessSimulator(
        TerminalSimulator.start(
            new TyrusServerTransport(),
            SimulatorOptions.defaults().withPort(0).withAppId(APP_ID).withTriggerTimings(timings)));
  }

  /** The same, answering an ordinary order after {@code approveDelay} instead of 300 ms. */
  public static InProcessSimulator start(Duration approveDelay, TriggerTimings timings) {
    return new InProcessSimulator(
        TerminalSimulator.start(
            new TyrusServerTransport(),
            SimulatorOptions.defaults()
                .withPort(0)
                .withAppId(APP_ID)
                .withApproveDelay(approveDelay)
                .withTriggerTimings(timings)));
  }

  /** {@code ws://127.0.0.1:PORT}. */
  public String address() {
    return simulator.address().toString();
  }

  public TerminalSimulator simulator() {
    return simulator;
  }

  /** How many {@code pay.order} frames named this order number. */
  public int payOrdersReceived(String orderNo) {
    return simulator.ledger().payOrdersReceived(orderNo);
  }

  public Option<LedgerEntry> find(String orderNo) {
    return simulator.ledger().find(orderNo);
  }

  /** Waits until the terminal has received the order (its {@code pay.order} frame arrived). */
  public LedgerEntry awaitArrival(String orderNo) {
    Awaitility.await("order " + orderNo + " at the terminal")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> find(orderNo).isDefined());
    return find(orderNo).get();
  }

  @Override
  public void close() {
    simulator.close();
  }
}
