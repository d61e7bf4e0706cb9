package io.ecrhub.metrics.micrometer;

import static io.ecrhub.transport.testkit.fault.FrameMatcher.containing;
import static io.ecrhub.transport.testkit.fault.FrameMatcher.serverToClient;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.payment.Backoff;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.testkit.fault.FaultInjection;
import io.ecrhub.transport.testkit.fault.ScriptedFaults;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real client pays on the simulator over a real WebSocket, through a wire that drops the
 * connection once and slips in one unreadable frame, with a journal a crash left two orders in;
 * every meter of {@link EcrMetrics} in a real {@link SimpleMeterRegistry} says what happened.
 */
class EcrMetricsTest {

  private static final String APP_ID = "metrics";

  private final MeterRegistry registry = new SimpleMeterRegistry();
  private TerminalSimulator simulator;
  private String terminal;

  @BeforeEach
  void startTerminal() {
    simulator =
        TerminalSimulator.start(
            new TyrusServerTransport(),
            SimulatorOptions.defaults()
                .withPort(0)
                .withAppId(APP_ID)
                .withApproveDelay(Duration.ofMillis(20)));
    terminal = simulator.address().toString();
  }

  @AfterEach
  void stopTerminal() {
    simulator.close();
  }

  @Test
  void outcomes_recoveries_reconnects_decode_failures_round_trips_and_gauges_are_measured() {
    InMemoryOrderJournal journal = new InMemoryOrderJournal();
    leftByACrash(journal, "R0", false); // never left: recovered as not sent
    leftByACrash(journal, "R1", true); // the terminal never heard of it: stays unknown
    FaultInjection faults =
        FaultInjection.of(
            ScriptedFaults.builder()
                .when(serverToClient().and(containing("\"M2\"")))
                .once()
                .inject("this is not json")
                .when(serverToClient().and(containing("\"M3\"")))
                .once()
                .disconnect()
                .build());
    EcrClient client =
        EcrClient.builder()
            .terminal(terminal)
            .appId(APP_ID)
            .transport(faults.client(new TyrusClientTransport()))
            .journal(journal)
            .replyTimeout(Duration.ofSeconds(10))
            .queryTimeout(Duration.ofSeconds(2))
            .recoveryDeadline(Duration.ofSeconds(3))
            .recoveryBackoff(new Backoff(Duration.ofMillis(100), 2.0, Duration.ofMillis(500)))
            .listener(new EcrMetrics(registry))
            .build();
    try (client) {
      client.connect().join();
      assertThat(gauge(EcrMetrics.CONNECTED)).isEqualTo(1.0);

      assertThat(pay(client, "M1", "1.00")).isInstanceOf(PaymentOutcome.Approved.class);
      assertThat(pay(client, "M2", "2.00")).isInstanceOf(PaymentOutcome.Approved.class);
      assertThat(pay(client, "M3", "3.00")).isInstanceOf(PaymentOutcome.Approved.class);
      assertThat(pay(client, "M4", "4.91")).isInstanceOf(PaymentOutcome.Declined.class);
      Awaitility.await("the recovery at connect to end")
          .atMost(Duration.ofSeconds(60))
          .until(() -> count(EcrMetrics.RECOVERIES) == 1);

      assertThat(outcomes("approved", "000", "submitted")).isEqualTo(3);
      assertThat(outcomes("declined", "115", "submitted")).isEqualTo(1);
      assertThat(outcomes("not_sent", "stopped_before_sending", "recovered")).isEqualTo(1);
      assertThat(outcomes("unknown", "none", "recovered")).isEqualTo(1);
      assertThat(
              search(EcrMetrics.RECOVERIES)
                  .tag("trigger", "connect")
                  .tag("result", "completed")
                  .counter()
                  .count())
          .isEqualTo(1);
      assertThat(count(EcrMetrics.RECONNECTS)).isEqualTo(1);
      assertThat(count(EcrMetrics.DECODE_FAILURES)).isEqualTo(1);
      assertThat(search(EcrMetrics.PAYMENTS).timers())
          .extracting(timer -> timer.getId().getTag("kind") + " " + timer.count())
          .containsExactlyInAnyOrder("approved 3", "declined 1");
      assertThat(requests("pay.order", "answered")).isEqualTo(3);
      assertThat(requests("pay.order", "no_answer")).as("the reply to M3 was cut off").isEqualTo(1);
      assertThat(requests("pay.query", "answered")).isGreaterThanOrEqualTo(2);
      assertThat(gauge(EcrMetrics.UNFINISHED_ORDERS)).as("R1, left unknown").isEqualTo(1.0);
      assertThat(gauge(EcrMetrics.CONNECTED)).isEqualTo(1.0);
      assertThat(stateGauge("connected")).isEqualTo(1.0);
      assertThat(stateGauge("waiting_to_reconnect")).isEqualTo(0.0);
    }

    assertThat(gauge(EcrMetrics.CONNECTED)).as("closed: offline").isEqualTo(0.0);
    assertThat(stateGauge("closed")).isEqualTo(1.0);
    assertThat(registry.getMeters())
        .as("every meter names its terminal")
        .allSatisfy(meter -> assertThat(meter.getId().getTag("terminal")).isEqualTo(terminal));
  }

  @Test
  void a_refused_re_submission_of_an_unfinished_number_keeps_that_order_counted_as_unfinished() {
    InMemoryOrderJournal journal = new InMemoryOrderJournal();
    leftByACrash(journal, "R1", true); // the terminal never heard of it: stays unknown
    EcrClient client =
        EcrClient.builder()
            .terminal(terminal)
            .appId(APP_ID)
            .transport(new TyrusClientTransport())
            .journal(journal)
            .queryTimeout(Duration.ofSeconds(2))
            .recoveryDeadline(Duration.ofSeconds(3))
            .recoveryBackoff(new Backoff(Duration.ofMillis(100), 2.0, Duration.ofMillis(500)))
            .listener(new EcrMetrics(registry))
            .build();
    try (client) {
      client.connect().join();
      Awaitility.await("the recovery at connect to end")
          .atMost(Duration.ofSeconds(60))
          .until(() -> count(EcrMetrics.RECOVERIES) == 1);
      assertThat(gauge(EcrMetrics.UNFINISHED_ORDERS)).as("R1, left unknown").isEqualTo(1.0);

      assertThat(pay(client, "R1", "9.00")).isInstanceOf(PaymentOutcome.Rejected.class);

      assertThat(gauge(EcrMetrics.UNFINISHED_ORDERS))
          .as("the refusal of the second R1 decides nothing about the first")
          .isEqualTo(1.0);

      assertThat(pay(client, "M1", "1.00")).isInstanceOf(PaymentOutcome.Approved.class);
      assertThat(pay(client, "M1", "1.00")).isInstanceOf(PaymentOutcome.Rejected.class);

      assertThat(gauge(EcrMetrics.UNFINISHED_ORDERS))
          .as("a refused number that was not unfinished is not counted")
          .isEqualTo(1.0);
    }
  }

  @Test
  void one_instance_measures_several_terminals_apart_and_credentials_never_become_a_tag() {
    EcrMetrics metrics = new EcrMetrics(registry);
    String withCredentials =
        "ws://pos:s3cret@" + simulator.address().getHost() + ":" + simulator.address().getPort();
    try (EcrClient first =
            EcrClient.builder()
                .terminal(terminal)
                .appId(APP_ID)
                .journal(new InMemoryOrderJournal())
                .listener(metrics)
                .build();
        EcrClient second =
            EcrClient.builder()
                .terminal(withCredentials)
                .appId(APP_ID)
                .journal(new InMemoryOrderJournal())
                .listener(metrics)
                .build()) {
      first.connect().join();
      second.connect().join();
      pay(first, "T1", "1.00");
      pay(second, "T2", "1.00");
      pay(second, "T3", "1.00");
    }

    assertThat(registry.find(EcrMetrics.OUTCOMES).tag("terminal", terminal).counter().count())
        .isEqualTo(1);
    String redacted = withCredentials.replace("pos:s3cret", "***");
    assertThat(registry.find(EcrMetrics.OUTCOMES).tag("terminal", redacted).counter().count())
        .isEqualTo(2);
    assertThat(registry.getMeters())
        .allSatisfy(meter -> assertThat(meter.getId().getTag("terminal")).doesNotContain("s3cret"));
  }

  private static PaymentOutcome pay(EcrClient client, String number, String amount) {
    return client.submit(OrderDraft.sale().merchantOrderNo(number).orderAmount(amount));
  }

  private void leftByACrash(InMemoryOrderJournal journal, String number, boolean sent) {
    Instant before = Instant.now().minusSeconds(60);
    journal.recordPending(
        JournalEntry.pending(
            journal.writer(),
            terminal,
            OrderDraft.sale().merchantOrderNo(number).orderAmount("9.00").build(),
            before));
    if (sent) {
      journal.markSent(new MerchantOrderNo(number), before);
    }
  }

  private Search search(String name) {
    return registry.find(name).tag("terminal", terminal);
  }

  private double count(String name) {
    return search(name).counters().stream().mapToDouble(counter -> counter.count()).sum();
  }

  private double outcomes(String kind, String code, String source) {
    return search(EcrMetrics.OUTCOMES)
        .tag("kind", kind)
        .tag("code", code)
        .tag("source", source)
        .counter()
        .count();
  }

  private long requests(String request, String result) {
    return search(EcrMetrics.REQUESTS)
        .tag("request", request)
        .tag("result", result)
        .timer()
        .count();
  }

  private double gauge(String name) {
    return search(name).gauge().value();
  }

  private double stateGauge(String state) {
    return search(EcrMetrics.CONNECTION_STATE).tag("state", state).gauge().value();
  }
}
