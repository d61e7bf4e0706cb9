package io.ecrhub.it.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.app.api.EcrClientBuilder;
import io.ecrhub.app.events.ConnectionChange;
import io.ecrhub.app.events.ConnectionState;
import io.ecrhub.app.events.EcrClientListener;
import io.ecrhub.app.events.OrderSubmitted;
import io.ecrhub.app.events.OutcomeDecided;
import io.ecrhub.app.events.OutcomeSource;
import io.ecrhub.app.events.RecoveryEnded;
import io.ecrhub.app.events.RecoveryStarted;
import io.ecrhub.app.events.RecoveryTrigger;
import io.ecrhub.app.events.RoundTrip;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalException;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.simulator.TriggerTimings;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A POS hears what the client does, without polling, over a real WebSocket: the connection going
 * offline and coming back, each order and outcome, the outcomes recovered at connect — and a failed
 * recovery at connect, which is reported the same way instead of only logged.
 */
class ClientListenerTest {

  private static final String APP_ID = "listener";

  @TempDir Path work;

  private TerminalSimulator simulator;
  private final Recorder heard = new Recorder();

  @BeforeEach
  void startTerminal() {
    simulator = startSimulator(0);
  }

  @AfterEach
  void stopTerminal() {
    simulator.close();
  }

  @Test
  void the_outcomes_recovered_at_connect_reach_the_listener_one_by_one_and_at_the_end() {
    Path file = work.resolve("till.db");
    try (JdbcOrderJournal journal = JdbcOrderJournal.openFile(file)) {
      leftByACrash(journal, "L0", false); // never left the till
      try (EcrClient crashing =
          client(journal).recoverOnConnect(false).shutdownGrace(Duration.ZERO).build()) {
        crashing.connect().join();
        crashing.submitAsync(OrderDraft.sale().merchantOrderNo("L1").orderAmount("3.95"));
        Awaitility.await("L1 at the terminal")
            .atMost(Duration.ofSeconds(30))
            .until(() -> simulator.ledger().find("L1").isDefined());
      } // closed at once: L1 is left unknown in the journal, the terminal still working on it
    }

    try (JdbcOrderJournal journal = JdbcOrderJournal.openFile(file);
        EcrClient restarted = client(journal).listener(heard).build()) {
      restarted.connect().join();

      Awaitility.await("the recovery at connect to end")
          .atMost(Duration.ofSeconds(60))
          .until(() -> !heard.of(RecoveryEnded.class).isEmpty());
    }

    RecoveryStarted started = heard.of(RecoveryStarted.class).get(0);
    assertThat(started.trigger()).isEqualTo(RecoveryTrigger.CONNECT);
    assertThat(started.orders())
        .containsExactlyInAnyOrder(new MerchantOrderNo("L0"), new MerchantOrderNo("L1"));
    assertThat(heard.of(OutcomeDecided.class))
        .allMatch(decided -> decided.source() == OutcomeSource.RECOVERED)
        .extracting(decided -> decided.merchantOrderNo().get().value() + " " + kind(decided))
        .containsExactlyInAnyOrder("L0 NotSent", "L1 Approved");
    RecoveryEnded ended = heard.of(RecoveryEnded.class).get(0);
    assertThat(ended.failed()).isFalse();
    assertThat(ended.outcomes()).hasSize(2);
    assertThat(ended.unsettled()).isZero();
    assertThat(heard.kinds())
        .as("started, then each outcome, then the end")
        .containsSubsequence(
            "RecoveryStarted", "OutcomeDecided", "OutcomeDecided", "RecoveryEnded");
    assertThat(simulator.ledger().payOrdersReceived("L1")).isEqualTo(1);
  }

  @Test
  void a_recovery_at_connect_that_fails_is_reported_to_the_listener_and_connect_still_succeeds() {
    JdbcOrderJournal broken = JdbcOrderJournal.openFile(work.resolve("broken.db"));
    broken.close(); // every read now fails, as an unreachable database would

    try (EcrClient client = client(broken).listener(heard).build()) {
      client.connect().join();

      Awaitility.await("the failed recovery to be reported")
          .atMost(Duration.ofSeconds(30))
          .until(() -> !heard.of(RecoveryEnded.class).isEmpty());
      assertThat(client.connectionState()).isEqualTo(ConnectionState.CONNECTED);
    }

    assertThat(heard.of(RecoveryStarted.class))
        .singleElement()
        .satisfies(s -> assertThat(s.orders()).isEmpty());
    RecoveryEnded ended = heard.of(RecoveryEnded.class).get(0);
    assertThat(ended.failed()).isTrue();
    assertThat(ended.failure().get()).isInstanceOf(JournalException.class);
    assertThat(ended.failure().get().getMessage()).contains("it is closed");
  }

  @Test
  void the_terminal_going_offline_and_coming_back_is_heard_without_polling() {
    int port = simulator.address().getPort();
    try (EcrClient client =
        client(null)
            .reconnect(failedAttempts -> java.util.Optional.of(Duration.ofMillis(200)))
            .listener(heard)
            .build()) {
      client.connect().join();
      PaymentOutcome first =
          client.submit(OrderDraft.sale().merchantOrderNo("ON1").orderAmount("1.00"));
      assertThat(first).isInstanceOf(PaymentOutcome.Approved.class);

      simulator.close();
      Awaitility.await("offline")
          .atMost(Duration.ofSeconds(30))
          .until(() -> client.connectionState() != ConnectionState.CONNECTED);
      simulator = startSimulator(port);
      Awaitility.await("back online")
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  heard.of(ConnectionChange.class).stream().anyMatch(ConnectionChange::reconnect));
    }

    List<ConnectionChange> changes = heard.of(ConnectionChange.class);
    assertThat(changes.get(0).current()).isEqualTo(ConnectionState.CONNECTING);
    assertThat(changes.get(1).current()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(changes.get(1).reconnect()).isFalse();
    assertThat(changes)
        .as("offline: a POS shows 'terminal offline'")
        .anySatisfy(
            change -> {
              assertThat(change.previous()).isEqualTo(ConnectionState.CONNECTED);
              assertThat(change.current()).isEqualTo(ConnectionState.WAITING_TO_RECONNECT);
              assertThat(change.reason()).startsWith("connection lost");
            });
    assertThat(changes.get(changes.size() - 1).current()).isEqualTo(ConnectionState.CLOSED);
    for (int i = 1; i < changes.size(); i++) {
      assertThat(changes.get(i).previous())
          .as("each change starts where the one before ended")
          .isEqualTo(changes.get(i - 1).current());
    }
    assertThat(heard.of(OrderSubmitted.class))
        .singleElement()
        .satisfies(s -> assertThat(s.order().merchantOrderNo().value()).isEqualTo("ON1"));
    OutcomeDecided decided = heard.of(OutcomeDecided.class).get(0);
    assertThat(decided.source()).isEqualTo(OutcomeSource.SUBMITTED);
    assertThat(decided.elapsed()).isPresent();
    assertThat(heard.of(RoundTrip.class))
        .anySatisfy(
            trip -> {
              assertThat(trip.request()).isEqualTo(RoundTrip.Request.ORDER);
              assertThat(trip.result()).isEqualTo(RoundTrip.Result.ANSWERED);
              assertThat(trip.responseCode().get().code()).isEqualTo("000");
            });
  }

  private EcrClientBuilder client(JdbcOrderJournal journal) {
    EcrClientBuilder builder =
        EcrClient.builder()
            .terminal(simulator.address())
            .appId(APP_ID)
            .queryTimeout(Duration.ofSeconds(2))
            .recoveryBackoff(
                new io.ecrhub.domain.payment.Backoff(
                    Duration.ofMillis(100), 2.0, Duration.ofMillis(500)));
    return journal == null ? builder : builder.journal(journal);
  }

  private TerminalSimulator startSimulator(int port) {
    return TerminalSimulator.start(
        new TyrusServerTransport(),
        SimulatorOptions.defaults()
            .withPort(port)
            .withAppId(APP_ID)
            .withApproveDelay(Duration.ofMillis(20))
            .withTriggerTimings(TriggerTimings.all(Duration.ofSeconds(2))));
  }

  private void leftByACrash(JdbcOrderJournal journal, String number, boolean sent) {
    Instant before = Instant.now().minusSeconds(60);
    journal.recordPending(
        JournalEntry.pending(
            journal.writer(),
            simulator.address().toString(),
            OrderDraft.sale().merchantOrderNo(number).orderAmount("9.00").build(),
            before));
    if (sent) {
      journal.markSent(new MerchantOrderNo(number), before);
    }
  }

  private static String kind(OutcomeDecided decided) {
    return decided.outcome().getClass().getSimpleName();
  }

  /** Every event, in the order heard. */
  private static final class Recorder implements EcrClientListener {
    private final List<Object> events = new CopyOnWriteArrayList<>();

    @Override
    public void connectionChanged(ConnectionChange change) {
      events.add(change);
    }

    @Override
    public void orderSubmitted(OrderSubmitted submitted) {
      events.add(submitted);
    }

    @Override
    public void outcomeDecided(OutcomeDecided decided) {
      events.add(decided);
    }

    @Override
    public void recoveryStarted(RecoveryStarted started) {
      events.add(started);
    }

    @Override
    public void recoveryEnded(RecoveryEnded ended) {
      events.add(ended);
    }

    @Override
    public void roundTrip(RoundTrip roundTrip) {
      events.add(roundTrip);
    }

    <T> List<T> of(Class<T> type) {
      return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<String> kinds() {
      return events.stream()
          .filter(event -> !(event instanceof RoundTrip) && !(event instanceof ConnectionChange))
          .map(event -> event.getClass().getSimpleName())
          .toList();
    }
  }
}
