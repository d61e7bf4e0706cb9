package io.ecrhub.simulator;

import static io.ecrhub.simulator.RealTimers.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.simulator.Frames.Biz;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The triggers and closes on real timer threads, with short timings and generous waits. */
class RealTimerTest {

  private final RealTimers terminal =
      new RealTimers(
          SimulatorOptions.defaults()
              .withApproveDelay(Duration.ofMillis(20))
              .withTriggerTimings(TriggerTimings.all(Duration.ofMillis(50))));

  @AfterEach
  void stopTimers() {
    terminal.close();
  }

  private TransactionStatus statusOf(String merchantOrderNo) {
    return terminal.ledger().find(merchantOrderNo).get().status();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"10.00, 000, 2", "10.91, 115, 1", "10.92, 111, 1", "10.93, 110, 1", "10.95, 000, 2"})
  void answered_triggers_answer_and_settle(String amount, String code, String status) {
    RecordingConnection pos = terminal.connect();
    terminal.send(pos, Frames.payOrder(Biz.sale("A1", amount)));

    eventually().until(() -> pos.answerCount() == 1);

    assertThat(pos.onlyAnswer().code()).isEqualTo(code);
    assertThat(pos.onlyAnswer().status()).isEqualTo(status);
    assertThat(statusOf("A1").code()).isEqualTo(status);
  }

  @Test
  void cents_94_complete_without_an_answer() {
    RecordingConnection pos = terminal.connect();
    terminal.send(pos, Frames.payOrder(Biz.sale("A1", "10.94")));

    eventually().until(() -> statusOf("A1").isCompleted());

    assertThat(pos.answerCount()).isZero();
  }

  @Test
  void cents_96_drop_the_connection_and_complete() {
    RecordingConnection pos = terminal.connect();
    terminal.send(pos, Frames.payOrder(Biz.sale("A1", "10.96")));

    eventually().until(() -> statusOf("A1").isCompleted());

    assertThat(pos.closeCodes()).containsExactly(CloseCodes.GOING_AWAY);
    assertThat(pos.answerCount()).isZero();
  }

  @Test
  void cents_97_answer_108_and_complete() {
    RecordingConnection pos = terminal.connect();
    terminal.send(pos, Frames.payOrder(Biz.sale("A1", "10.97")));

    eventually().until(() -> pos.answerCount() == 1);

    assertThat(pos.onlyAnswer().code()).isEqualTo("108");
    assertThat(statusOf("A1")).isEqualTo(TransactionStatus.COMPLETED);
  }

  @Test
  void a_close_racing_the_approval_and_the_pay_order_answer_always_agree() {
    // no approve delay: the approval runs on a timer thread at once, racing the close
    try (RealTimers racing =
        new RealTimers(SimulatorOptions.defaults().withApproveDelay(Duration.ZERO))) {
      for (int i = 0; i < 50; i++) {
        String number = "RACE" + i;
        RecordingConnection pos = racing.connect();
        racing.send(pos, Frames.payOrder(Biz.sale(number, "10.00")));
        RecordingConnection closer = racing.connect();
        racing.send(closer, Frames.close(number));

        eventually().until(() -> pos.answerCount() == 1);
        Answer closed = closer.onlyAnswer();
        Answer paid = pos.onlyAnswer();
        TransactionStatus status = racing.ledger().find(number).get().status();
        if (closed.code().equals("000")) {
          assertThat(paid.code()).as(number).isEqualTo("102");
          assertThat(status).as(number).isEqualTo(TransactionStatus.CLOSED);
        } else {
          assertThat(closed.code()).as(number).isEqualTo("201");
          assertThat(paid.code()).as(number).isEqualTo("000");
          assertThat(status).as(number).isEqualTo(TransactionStatus.COMPLETED);
        }
        assertThat(paid.status()).as(number).isEqualTo(status.code());
      }
    }
  }
}
