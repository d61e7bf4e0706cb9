package io.ecrhub.simulator;

import static io.ecrhub.simulator.RealTimers.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.simulator.Frames.Biz;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many connections against one terminal at once, as the load suite drives it. */
class ConcurrentConnectionsTest {

  private final RealTimers terminal =
      new RealTimers(SimulatorOptions.defaults().withApproveDelay(Duration.ofMillis(5)));
  private final ExecutorService posThreads = Executors.newFixedThreadPool(8);

  @AfterEach
  void stop() throws InterruptedException {
    posThreads.shutdownNow();
    posThreads.awaitTermination(5, TimeUnit.SECONDS);
    terminal.close();
  }

  @Test
  void every_connection_gets_its_own_order_approved_exactly_once() {
    int count = 200;
    List<RecordingConnection> connections = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      RecordingConnection pos = terminal.connect();
      connections.add(pos);
      String number = "L" + i;
      posThreads.execute(() -> terminal.send(pos, Frames.payOrder(Biz.sale(number, "10.00"))));
    }

    eventually().until(() -> connections.stream().allMatch(pos -> pos.answerCount() == 1));

    for (int i = 0; i < count; i++) {
      Answer answer = connections.get(i).onlyAnswer();
      assertThat(answer.code()).as("L" + i).isEqualTo("000");
      assertThat(answer.biz("merchant_order_no")).isEqualTo("L" + i);
      assertThat(terminal.ledger().payOrdersReceived("L" + i)).isEqualTo(1);
    }
    assertThat(terminal.ledger().count(TransactionStatus.COMPLETED)).isEqualTo(count);
    assertThat(terminal.ledger().payOrdersReceived()).isEqualTo(count);
    assertThat(terminal.ledger().orders().map(LedgerEntry::transNo).distinct()).hasSize(count);
  }

  @Test
  void one_number_sent_on_many_connections_at_once_is_accepted_once() throws Exception {
    int count = 16;
    CountDownLatch start = new CountDownLatch(1);
    List<RecordingConnection> connections = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      RecordingConnection pos = terminal.connect();
      connections.add(pos);
      posThreads.execute(
          () -> {
            try {
              start.await();
            } catch (InterruptedException interrupted) {
              Thread.currentThread().interrupt();
              return;
            }
            terminal.send(pos, Frames.payOrder(Biz.sale("SAME", "10.00")));
          });
    }
    start.countDown();

    eventually().until(() -> connections.stream().allMatch(pos -> pos.answerCount() == 1));

    List<String> codes = connections.stream().map(pos -> pos.onlyAnswer().code()).toList();
    assertThat(codes).containsOnlyOnce("000").hasSize(count);
    assertThat(codes.stream().filter("113"::equals)).hasSize(count - 1);
    assertThat(terminal.ledger().orders()).hasSize(1);
    assertThat(terminal.ledger().payOrdersReceived("SAME")).isEqualTo(count);
  }
}
