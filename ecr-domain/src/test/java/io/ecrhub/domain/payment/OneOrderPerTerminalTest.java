package io.ecrhub.domain.payment;

import static io.ecrhub.domain.payment.PaymentFixture.outcomeOf;
import static io.ecrhub.domain.payment.Replies.completed;
import static io.ecrhub.domain.payment.Replies.processing;
import static io.ecrhub.domain.payment.Replies.timedOut;
import static io.ecrhub.domain.payment.ScriptedTerminalGateway.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The terminal takes one card transaction at a time, so the service sends one order at a time. */
class OneOrderPerTerminalTest {

  private final PaymentFixture fixture = new PaymentFixture();

  @Test
  void a_second_order_while_one_is_open_is_not_sent_because_the_terminal_is_busy() {
    CompletableFuture<PaymentOutcome> first = fixture.submit("A1");

    PaymentOutcome.NotSent second = outcomeOf(fixture.submit("B2"), PaymentOutcome.NotSent.class);

    assertThat(first).isNotDone();
    assertThat(second.merchantOrderNo()).isEqualTo(new MerchantOrderNo("B2"));
    assertThat(second.reason()).isEqualTo(NotSentReason.TERMINAL_BUSY);
    assertThat(second.detail())
        .contains("order A1 is still open on terminal " + PaymentFixture.TERMINAL);
    assertThat(fixture.gateway.orders()).hasSize(1);
  }

  @Test
  void an_order_refused_as_busy_leaves_no_trace_so_its_number_can_be_used_later() {
    fixture.submit("A1");
    fixture.submit("B2");

    assertThat(fixture.journal.find(new MerchantOrderNo("B2"))).isEmpty();

    fixture.gateway.onlyOrder().reply(completed("A1"));
    fixture.gateway.onOrder(reply(completed("B2")));
    assertThat(outcomeOf(fixture.submit("B2"))).isInstanceOf(PaymentOutcome.Approved.class);
  }

  @Test
  void query_and_close_are_still_allowed_while_an_order_is_open() {
    fixture.submit("A1");
    fixture.gateway.onQuery(reply(processing("A1")));
    fixture.gateway.onClose(
        reply(
            new TerminalReply.Answered<>(
                ResponseCode.SUCCESS, "", Option.some(new MerchantOrderNo("A1")))));

    TerminalReply<TransactionResult> query =
        fixture.service.query(new MerchantOrderNo("A1")).toCompletableFuture().join();
    TerminalReply<MerchantOrderNo> close =
        fixture.service.close(new MerchantOrderNo("A1")).toCompletableFuture().join();

    assertThat(query).isEqualTo(processing("A1"));
    assertThat(close).isInstanceOf(TerminalReply.Answered.class);
    assertThat(fixture.gateway.queries()).hasSize(1);
    assertThat(fixture.gateway.queries().get(0).timeout())
        .isEqualTo(PaymentFixture.POLICY.queryTimeout());
    assertThat(fixture.gateway.closes()).hasSize(1);
    assertThat(fixture.gateway.closes().get(0).request().merchantOrderNo())
        .isEqualTo(new MerchantOrderNo("A1"));
    assertThat(fixture.service.openOrder()).containsExactly(new MerchantOrderNo("A1"));
  }

  @Test
  void once_the_open_order_is_approved_a_new_order_is_accepted() {
    fixture.submit("A1");
    fixture.gateway.onlyOrder().reply(completed("A1"));

    CompletableFuture<PaymentOutcome> next = fixture.submit("B2");

    assertThat(next).isNotDone();
    assertThat(fixture.gateway.orders()).hasSize(2);
    assertThat(fixture.service.openOrder()).containsExactly(new MerchantOrderNo("B2"));
  }

  @Test
  void once_the_open_order_is_declined_a_new_order_is_accepted() {
    fixture.submit("A1");
    fixture.gateway.onlyOrder().reply(Replies.answeredWithoutBody("115"));

    fixture.submit("B2");

    assertThat(fixture.gateway.orders()).hasSize(2);
  }

  @Test
  void once_recovery_gives_up_on_the_open_order_a_new_order_is_accepted() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onEveryOtherQuery(query -> reply(timedOut()));
    CompletableFuture<PaymentOutcome> first = fixture.submit("A1");
    fixture.advanceSeconds(120);
    assertThat(outcomeOf(first)).isInstanceOf(PaymentOutcome.Unknown.class);

    fixture.submit("B2");

    assertThat(fixture.gateway.orders()).hasSize(2);
  }

  @Test
  void the_open_order_is_reported_while_it_is_open_only() {
    assertThat(fixture.service.openOrder()).isEmpty();

    fixture.submit("A1");
    assertThat(fixture.service.openOrder()).containsExactly(new MerchantOrderNo("A1"));

    fixture.gateway.onlyOrder().reply(completed("A1"));
    assertThat(fixture.service.openOrder()).isEmpty();
  }

  @Test
  void a_caller_reacting_to_an_outcome_can_submit_the_next_order_at_once() {
    CompletableFuture<PaymentOutcome> next =
        fixture
            .submit("A1")
            .thenCompose(first -> fixture.service.submit(PaymentFixture.sale("B2")))
            .toCompletableFuture();

    fixture.gateway.onlyOrder().reply(completed("A1"));

    assertThat(next).isNotDone(); // B2 was sent and waits for its answer, it was not refused
    assertThat(fixture.gateway.orders()).hasSize(2);
  }

  @Test
  void of_many_orders_submitted_at_the_same_moment_exactly_one_is_sent() throws Exception {
    int cashiers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(cashiers);
    try {
      for (int round = 0; round < 100; round++) {
        PaymentFixture shop = new PaymentFixture();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CompletableFuture<PaymentOutcome>>> submitted = new ArrayList<>();
        for (int c = 0; c < cashiers; c++) {
          String number = "R" + round + "C" + c;
          submitted.add(
              pool.submit(
                  () -> {
                    start.await();
                    return shop.submit(number);
                  }));
        }
        start.countDown();
        int open = 0;
        int busy = 0;
        for (Future<CompletableFuture<PaymentOutcome>> future : submitted) {
          CompletableFuture<PaymentOutcome> outcome = future.get(10, TimeUnit.SECONDS);
          if (!outcome.isDone()) {
            open++;
          } else if (outcome.join() instanceof PaymentOutcome.NotSent notSent
              && notSent.reason() == NotSentReason.TERMINAL_BUSY) {
            busy++;
          }
        }
        assertThat(open).as("round %d: orders in flight", round).isEqualTo(1);
        assertThat(busy).as("round %d: orders refused as busy", round).isEqualTo(cashiers - 1);
        assertThat(shop.gateway.orders()).as("round %d: orders sent", round).hasSize(1);
        assertThat(shop.journal.recent(cashiers)).as("round %d: journaled", round).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
