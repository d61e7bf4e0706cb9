package io.ecrhub.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.payment.PaymentPolicy;
import io.ecrhub.domain.payment.PaymentService;
import io.ecrhub.domain.port.Claim;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalException;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.JournalWriter;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.testing.ManualScheduler;
import io.vavr.collection.Seq;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's database really gone — a PostgreSQL server stopped under the payment service, and
 * started again: an order whose journal cannot be written is not sent, and an order whose journal
 * fails after the send keeps the fact that it was sent, so that recovery settles it without ever
 * sending it again.
 */
class JournalOutageTest {

  private static final String TERMINAL = "ws://127.0.0.1:35779";

  @TempDir Path directory;

  private PostgresServer server;
  private String url;
  private JdbcOrderJournal journal;
  private final ManualScheduler clock = new ManualScheduler(Instant.now());
  private final TerminalThatCompletes terminal = new TerminalThatCompletes(TERMINAL);

  @BeforeEach
  void startDatabase() {
    server = PostgresServer.startOwn(directory.resolve("pgdata"));
    url = server.newDatabase();
    journal = JdbcOrderJournal.open(url);
  }

  @AfterEach
  void stopDatabase() {
    journal.close();
    server.close();
  }

  @Test
  void with_the_database_down_the_order_is_not_sent_and_can_be_paid_once_it_is_back() {
    PaymentService payments = service(journal);
    server.stop();

    PaymentOutcome outcome = pay(payments, "DOWN1");

    assertThat(outcome).isInstanceOf(PaymentOutcome.NotSent.class);
    PaymentOutcome.NotSent notSent = (PaymentOutcome.NotSent) outcome;
    assertThat(notSent.reason()).isEqualTo(NotSentReason.JOURNAL_UNAVAILABLE);
    assertThat(notSent.detail()).contains("could not record the order, so it was not sent");
    assertThat(terminal.charged()).as("orders the terminal received").isEmpty();
    assertThatThrownBy(() -> journal.find(new MerchantOrderNo("DOWN1")))
        .isInstanceOf(JournalException.class)
        .hasMessageStartingWith("cannot ");

    server.restart();

    assertThat(journal.find(new MerchantOrderNo("DOWN1"))).as("nothing half-written").isEmpty();
    assertThat(pay(payments, "DOWN1")).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(terminal.charged()).containsOnlyKeys(new MerchantOrderNo("DOWN1"));
    assertThat(journal.find(new MerchantOrderNo("DOWN1")).get().state())
        .isEqualTo(JournalState.APPROVED);
  }

  @Test
  void a_journal_that_fails_after_the_send_keeps_the_order_sent_and_recovery_settles_it() {
    PaymentService payments = service(journal);
    terminal.afterEachSend(server::stop); // the database goes while the terminal works

    PaymentOutcome outcome = pay(payments, "AFTER1");

    assertThat(outcome)
        .as("the caller still learns the outcome")
        .isInstanceOf(PaymentOutcome.Approved.class);
    terminal.afterEachSend(() -> {});
    server.restart();
    JournalEntry left = journal.find(new MerchantOrderNo("AFTER1")).get();
    assertThat(left.state())
        .as("the outcome never reached the database, the send did")
        .isEqualTo(JournalState.SENT);
    assertThat(left.claim().map(Claim::holder)).containsExactly(journal.writer().processId());

    // a recoverer on another machine leaves it alone while the sender's claim stands
    try (JdbcOrderJournal elsewhere =
        JdbcOrderJournal.open(
            url, new Properties(), new JournalWriter("till-9", "till-9 on another host"))) {
      assertThat(recover(service(elsewhere))).isEmpty();
    }
    // this process, after its restart or at its next recover(), settles it by asking
    Seq<PaymentOutcome> recovered = recover(service(journal));

    assertThat(recovered).singleElement().isInstanceOf(PaymentOutcome.Approved.class);
    JournalEntry settled = journal.find(new MerchantOrderNo("AFTER1")).get();
    assertThat(settled.state()).isEqualTo(JournalState.APPROVED);
    assertThat(settled.transNo()).contains("TAFTER1");
    assertThat(settled.claim()).isEmpty();
    assertThat(terminal.charged()).as("sent once").hasSize(1);
    assertThat(terminal.queries()).hasSize(1);
  }

  private PaymentService service(JdbcOrderJournal on) {
    return new PaymentService(terminal, on, clock, PaymentPolicy.defaults());
  }

  private static PaymentOutcome pay(PaymentService payments, String number) {
    return payments
        .submit(TestEntries.sale(number))
        .toCompletableFuture()
        .join(); // the terminal answers at once: nothing waits for a timer
  }

  private static Seq<PaymentOutcome> recover(PaymentService payments) {
    return payments.recover().toCompletableFuture().join();
  }
}
