package io.ecrhub.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.simulator.Frames.Biz;
import io.ecrhub.simulator.junit.TerminalSimulatorExtension;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension as a POS team's test uses it: per class, per method, and as a parameter. */
class TerminalSimulatorExtensionTest {

  private static final LoopbackNetwork NETWORK = new LoopbackNetwork();

  private static final SimulatorOptions ON_THE_NETWORK =
      SimulatorOptions.defaults().withHost("terminal").withPort(0);

  @AfterAll
  static void closeNetwork() {
    NETWORK.close();
  }

  /** Registered on a static field: one simulator for every test of the class. */
  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerClass {

    @RegisterExtension
    static final TerminalSimulatorExtension terminal =
        TerminalSimulatorExtension.on(NETWORK::newTransport).withOptions(ON_THE_NETWORK);

    private static URI firstAddress;

    @Test
    @Order(1)
    void a_sale_reaches_the_ledger_and_the_received_frames() throws Exception {
      firstAddress = terminal.address();

      String answer = exchange(terminal.address(), Frames.payOrder(Biz.sale("EXT1", "3.00")));

      assertThat(answer).contains("\"response_code\":\"000\"");
      assertThat(terminal.ledger().payOrdersReceived("EXT1")).isEqualTo(1);
      assertThat(terminal.receivedFrames())
          .singleElement()
          .satisfies(frame -> assertThat(frame.isOn("ecrhub.pay.order")).isTrue());
    }

    @Test
    @Order(2)
    void the_next_test_finds_the_same_simulator_with_its_ledger() {
      assertThat(terminal.address()).isEqualTo(firstAddress);
      assertThat(terminal.ledger().payOrdersReceived("EXT1")).isEqualTo(1);
    }
  }

  /** Registered on an instance field: a fresh simulator for each test. */
  @Nested
  class PerMethod {

    @RegisterExtension
    final TerminalSimulatorExtension terminal =
        TerminalSimulatorExtension.on(NETWORK::newTransport).withOptions(ON_THE_NETWORK);

    @Test
    void each_test_starts_with_an_empty_ledger_and_no_frames() throws Exception {
      assertThat(terminal.ledger().orders()).isEmpty();
      assertThat(terminal.receivedFrames()).isEmpty();

      exchange(terminal.address(), Frames.query("NOSUCH"));

      assertThat(terminal.receivedFrames()).hasSize(1);
    }

    @Test
    void the_simulator_can_be_taken_as_a_parameter(TerminalSimulator simulator) {
      assertThat(simulator).isSameAs(terminal.simulator());
      assertThat(simulator.ledger().orders()).isEmpty();
    }
  }

  /** Sends one frame from a new loopback client and returns the first answer. */
  private static String exchange(URI terminal, String frame) throws Exception {
    BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    ConnectionListener pos =
        new ConnectionListener() {
          @Override
          public void onText(Connection connection, String text) {
            answers.add(text);
          }

          @Override
          public void onClose(Connection connection, int code, String reason) {}
        };
    Connection connection =
        NETWORK
            .newTransport()
            .connect(terminal, ConnectOptions.defaults(), pos)
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    connection.send(frame);
    String answer = answers.poll(10, TimeUnit.SECONDS);
    assertThat(answer).as("an answer to " + frame).isNotNull();
    return answer;
  }
}
