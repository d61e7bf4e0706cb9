package io.ecrhub.simulator.junit;

import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.simulator.ReceivedFrame;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalLedger;
import io.ecrhub.simulator.TerminalSimulator;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A simulated terminal for a POS team's own JUnit 5 tests, started and stopped around them:
 *
 * <pre>{@code
 * class CheckoutTest {
 *   @RegisterExtension
 *   static final TerminalSimulatorExtension terminal =
 *       TerminalSimulatorExtension.on(TyrusServerTransport::new);   // one simulator for the class
 *
 *   @Test
 *   void a_sale_is_charged_once() {
 *     try (EcrClient ecr = EcrClient.builder().terminal(terminal.address()).appId("pos").build()) {
 *       ecr.connect().join();
 *       ecr.submit(OrderDraft.sale().merchantOrderNo("A1").orderAmount("9.90"));
 *     }
 *     assertThat(terminal.ledger().payOrdersReceived("A1")).isEqualTo(1);
 *   }
 * }
 * }</pre>
 *
 * <p>Registered on a {@code static} field, one simulator serves every test of the class (started
 * before the first, closed after the last); on an instance field, each test gets a fresh one. The
 * simulator listens on an ephemeral port of 127.0.0.1 unless the options say otherwise; a test
 * method may also take the {@link TerminalSimulator} as a parameter.
 */
@SuppressWarnings(
    "exports") // JUnit is optional (requires static): a test that uses this extension has it
public final class TerminalSimulatorExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {

  private final Supplier<? extends ServerTransport> transports;
  private final SimulatorOptions options;
  private TerminalSimulator simulator;
  private boolean perClass;

  private TerminalSimulatorExtension(
      Supplier<? extends ServerTransport> transports, SimulatorOptions options) {
    this.transports = Objects.requireNonNull(transports, "transports");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * A simulator with {@link SimulatorOptions#defaults()} on an ephemeral port, served through a
   * transport made by {@code transports} (e.g. {@code TyrusServerTransport::new}, or a loopback
   * network's {@code newTransport}).
   *
   * @param transports makes a fresh server transport for each simulator started
   * @return the extension, to register with {@code @RegisterExtension}
   */
  public static TerminalSimulatorExtension on(Supplier<? extends ServerTransport> transports) {
    return new TerminalSimulatorExtension(transports, SimulatorOptions.defaults().withPort(0));
  }

  /**
   * The same, with these options (mind the port: 0 for an ephemeral one).
   *
   * @param value the simulator's options, used as given
   * @return a new extension with the same transports and these options
   */
  public TerminalSimulatorExtension withOptions(SimulatorOptions value) {
    return new TerminalSimulatorExtension(transports, value);
  }

  /**
   * Where the POS connects: {@code ws://127.0.0.1:<port>}.
   *
   * @return the running simulator's address
   * @throws IllegalStateException outside a test, when no simulator is running
   */
  public URI address() {
    return running().address();
  }

  /**
   * The terminal's record of every order it received.
   *
   * @return the running simulator's ledger
   * @throws IllegalStateException outside a test, when no simulator is running
   */
  public TerminalLedger ledger() {
    return running().ledger();
  }

  /**
   * The frames the terminal received, oldest first.
   *
   * @return a snapshot of the running simulator's received frames
   * @throws IllegalStateException outside a test, when no simulator is running
   */
  public List<ReceivedFrame> receivedFrames() {
    return running().receivedFrames();
  }

  /**
   * The running simulator.
   *
   * @return the simulator serving the current test
   * @throws IllegalStateException outside a test, when no simulator is running
   */
  public TerminalSimulator simulator() {
    return running();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    simulator = TerminalSimulator.start(transports.get(), options);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      simulator = TerminalSimulator.start(transports.get(), options);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TerminalSimulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return running();
  }

  private TerminalSimulator running() {
    if (simulator == null) {
      throw new IllegalStateException(
          "no simulator is running: register the extension with @RegisterExtension and use it"
              + " inside a test");
    }
    return simulator;
  }

  private void stop() {
    TerminalSimulator running = simulator;
    simulator = null;
    if (running != null) {
      running.close();
    }
  }
}
