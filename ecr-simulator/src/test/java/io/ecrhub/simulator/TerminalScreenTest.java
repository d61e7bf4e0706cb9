package io.ecrhub.simulator;

import static io.ecrhub.simulator.RealTimers.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.simulator.Frames.Biz;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The screen of a running simulator: what it shows of connections, orders and the wire, and the
 * changes it tells its watchers about — over the in-memory transport, with real timers.
 */
class TerminalScreenTest {

  private final LoopbackNetwork network = new LoopbackNetwork();
  private final TerminalSimulator simulator =
      TerminalSimulator.start(
          network.newTransport(),
          SimulatorOptions.defaults()
              .withHost("terminal")
              .withPort(0)
              .withApproveDelay(Duration.ofMillis(10)));
  private final TerminalScreen screen = simulator.screen();
  private final AtomicInteger changes = new AtomicInteger();
  private final List<WireEvent> watched = new CopyOnWriteArrayList<>();
  private final TerminalScreen.Watch watch =
      screen.watch(
          new ScreenWatcher() {
            @Override
            public void changed() {
              changes.incrementAndGet();
            }

            @Override
            public void wire(WireEvent event) {
              watched.add(event);
            }
          });

  @AfterEach
  void shutDown() {
    watch.close();
    simulator.close();
    network.close();
  }

  @Test
  void a_held_order_is_shown_with_its_pos_and_plan_and_a_decision_settles_it() throws Exception {
    screen.setManualMode(true);
    Pos pos = connect();

    pos.connection.send(Frames.payOrder(Biz.sale("S1", "12.50")));
    eventually().until(() -> screen.view().orders().size() == 1);

    ScreenView view = screen.view();
    assertThat(view.manualMode()).isTrue();
    assertThat(view.connections()).hasSize(1);
    PosConnection connected = view.connections().get(0);
    assertThat(connected.remoteAddress()).isNotBlank();
    ScreenOrder held = view.orders().get(0);
    assertThat(held.entry().merchantOrderNo().value()).isEqualTo("S1");
    assertThat(held.entry().orderAmount().toWire()).isEqualTo("12.50");
    assertThat(held.connectionId()).isEqualTo(connected.id());
    assertThat(held.connectionOpen()).isTrue();
    assertThat(held.plan()).contains("held: waiting for a decision");

    assertThat(screen.decide("S1", OrderDecision.decline(ResponseCode.REJECTED)).isRight())
        .isTrue();

    Answer answer = Answer.of(pos.frames.poll(10, TimeUnit.SECONDS));
    assertThat(answer.code()).isEqualTo("115");
    ScreenOrder settled = screen.view().orders().get(0);
    assertThat(settled.entry().status()).isEqualTo(TransactionStatus.CLOSED);
    assertThat(settled.plan()).isEmpty();
  }

  @Test
  void the_wire_log_has_both_directions_and_the_connection_opening_and_closing() throws Exception {
    Pos pos = connect();
    String order = Frames.payOrder(Biz.sale("S2", "10.00"));

    pos.connection.sendBinary(order.getBytes(StandardCharsets.UTF_8));
    String answer = pos.frames.poll(10, TimeUnit.SECONDS);
    pos.connection.close(1000, "done");
    eventually().until(() -> screen.view().connections().isEmpty());

    List<WireEvent> wire = screen.recentWire();
    assertThat(wire)
        .extracting(WireEvent::kind)
        .containsExactly(
            WireEvent.Kind.OPENED,
            WireEvent.Kind.RECEIVED,
            WireEvent.Kind.SENT,
            WireEvent.Kind.CLOSED);
    assertThat(wire.get(1).text()).isEqualTo(order);
    assertThat(wire.get(1).binary()).isTrue();
    assertThat(wire.get(2).text()).isEqualTo(answer);
    assertThat(wire.get(3).text()).startsWith("1000");
    assertThat(wire).extracting(WireEvent::sequence).isSorted().doesNotHaveDuplicates();
    assertThat(watched).isEqualTo(wire);
    assertThat(changes.get()).as("open, order taken, settled, closed").isGreaterThanOrEqualTo(4);
  }

  @Test
  void a_dropped_orders_connection_is_shown_closed_and_the_order_still_processing()
      throws Exception {
    screen.setManualMode(true);
    Pos pos = connect();
    pos.connection.send(Frames.payOrder(Biz.sale("S3", "10.00")));
    eventually().until(() -> screen.view().orders().size() == 1);

    screen.decide("S3", OrderDecision.dropConnection());

    assertThat(pos.closes.poll(10, TimeUnit.SECONDS)).isNotNull();
    eventually().until(() -> !screen.view().orders().get(0).connectionOpen());
    ScreenOrder dropped = screen.view().orders().get(0);
    assertThat(dropped.entry().status()).isEqualTo(TransactionStatus.PROCESSING);
    assertThat(dropped.plan()).contains("connection dropped: decide again to settle it");
    assertThat(screen.view().connections()).isEmpty();
  }

  @Test
  void an_invalid_order_number_is_refused_with_the_reason() {
    DecisionRefused refused = screen.decide("not valid!", OrderDecision.approve()).getLeft();

    assertThat(refused.merchantOrderNo()).isEqualTo("not valid!");
    assertThat(refused.reason()).startsWith("not a valid merchant_order_no: ");
  }

  private Pos connect() throws Exception {
    Pos pos = new Pos();
    pos.connection =
        network
            .newTransport()
            .connect(simulator.address(), ConnectOptions.defaults(), pos)
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    eventually().until(() -> screen.view().connections().size() == 1);
    return pos;
  }

  /** A POS that records what arrives. */
  private static final class Pos implements ConnectionListener {
    final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    final BlockingQueue<Integer> closes = new LinkedBlockingQueue<>();
    Connection connection;

    @Override
    public void onText(Connection from, String text) {
      frames.add(text);
    }

    @Override
    public void onClose(Connection from, int code, String reason) {
      closes.add(code);
    }
  }
}
