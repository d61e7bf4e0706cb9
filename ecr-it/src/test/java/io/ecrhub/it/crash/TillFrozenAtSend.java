package io.ecrhub.it.crash;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.CloseRequest;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.order.QueryRequest;
import io.ecrhub.domain.payment.PaymentPolicy;
import io.ecrhub.domain.payment.PaymentService;
import io.ecrhub.domain.port.TerminalGateway;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.protocol.client.ExecutorScheduler;
import io.ecrhub.protocol.client.Timers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;

/**
 * A till that freezes at the worst moment: the real payment service has committed the order to the
 * real SQLite journal and hands it to the terminal gateway — and the gateway announces {@value
 * #FROZEN} on stdout and never returns, so that a test can SIGKILL the process exactly between the
 * journal write and the send.
 *
 * <p>Run as {@code java -cp ecr.jar:test-classes io.ecrhub.it.crash.TillFrozenAtSend JOURNAL
 * TERMINAL ORDER_NO AMOUNT}. Test code: it exists only to be killed.
 */
public final class TillFrozenAtSend {

  /** Printed, then the process waits to be killed. */
  static final String FROZEN = "frozen between the journal write and the send of ";

  private TillFrozenAtSend() {}

  public static void main(String[] args) throws InterruptedException {
    Path journalFile = Path.of(args[0]);
    String terminal = args[1];
    PaymentOrder order = OrderDraft.sale().merchantOrderNo(args[2]).orderAmount(args[3]).build();
    JdbcOrderJournal journal = JdbcOrderJournal.openFile(journalFile);
    PaymentService payments =
        new PaymentService(
            new FrozenGateway(terminal),
            journal,
            new ExecutorScheduler(Timers.newTimer(), Clock.systemUTC()),
            PaymentPolicy.defaults());
    payments.submit(order);
    throw new IllegalStateException("the gateway was expected to freeze");
  }

  /** Names the real terminal, so that {@code ecr recover} asks it; sends nothing, ever. */
  private record FrozenGateway(String terminalId) implements TerminalGateway {

    @Override
    public CompletionStage<TerminalReply<TransactionResult>> order(
        PaymentOrder order, Duration replyTimeout, Runnable beforeSend) {
      // frozen before the order is marked sent: after the kill it provably never left
      System.out.println(FROZEN + order.merchantOrderNo());
      System.out.flush();
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("the process was expected to be killed while frozen");
    }

    @Override
    public CompletionStage<TerminalReply<TransactionResult>> query(
        QueryRequest query, Duration replyTimeout) {
      throw new UnsupportedOperationException("the till is killed before it asks anything");
    }

    @Override
    public CompletionStage<TerminalReply<MerchantOrderNo>> close(
        CloseRequest close, Duration replyTimeout) {
      throw new UnsupportedOperationException("the till is killed before it closes anything");
    }
  }
}
