package io.ecrhub.simulator;

import static io.ecrhub.simulator.RealTimers.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.simulator.Frames.Biz;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator served over the in-memory transport, driven by a POS that speaks raw frames. */
class LoopbackEndToEndTest {

  private final LoopbackNetwork network = new LoopbackNetwork();
  private final TerminalSimulator simulator =
      TerminalSimulator.start(
          network.newTransport(),
          SimulatorOptions.defaults()
              .withHost("terminal")
              .withPort(0)
              .withApproveDelay(Duration.ofMillis(10))
              .withTriggerTimings(TriggerTimings.all(Duration.ofMillis(50))));

  @AfterEach
  void shutDown() {
    simulator.close();
    network.close();
  }

  @Test
  void a_pos_pays_queries_and_fails_to_close_a_completed_order() throws Exception {
    Pos pos = connect();

    Answer paid = pos.exchange(Frames.payOrder(Frames.APP_ID, "r1", Biz.sale("A1", "10.00")));
    Answer queried = pos.exchange(Frames.query("A1"));
    Answer closed = pos.exchange(Frames.close("A1"));

    assertThat(simulator.address().toString()).startsWith("loopback://terminal:");
    assertThat(paid.code()).isEqualTo("000");
    assertThat(paid.requestId()).isEqualTo("r1");
    assertThat(paid.status()).isEqualTo("2");
    assertThat(queried.biz()).isEqualTo(paid.biz());
    assertThat(closed.code()).isEqualTo("201");
    assertThat(simulator.ledger().payOrdersReceived("A1")).isEqualTo(1);
  }

  @Test
  void cents_96_drop_the_connection_and_the_order_completes_for_the_next_connection()
      throws Exception {
    Pos first = connect();
    first.connection.send(Frames.payOrder(Biz.sale("A96", "10.96")));

    assertThat(first.closes.poll(10, TimeUnit.SECONDS)).isEqualTo(CloseCodes.GOING_AWAY);
    assertThat(first.frames).isEmpty();
    eventually()
        .until(
            () ->
                simulator.ledger().find("A96").get().status().equals(TransactionStatus.COMPLETED));

    Answer queried = connect().exchange(Frames.query("A96"));
    assertThat(queried.status()).isEqualTo("2");
  }

  private Pos connect() throws Exception {
    Pos pos = new Pos();
    pos.connection =
        network
            .newTransport()
            .connect(simulator.address(), ConnectOptions.defaults(), pos)
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
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

    Answer exchange(String frame) throws Exception {
      connection.send(frame).toCompletableFuture().get(10, TimeUnit.SECONDS);
      String answer = frames.poll(10, TimeUnit.SECONDS);
      assertThat(answer).as("an answer to " + frame).isNotNull();
      return Answer.of(answer);
    }
  }
}
