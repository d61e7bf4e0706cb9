package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.CloseRequest;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.order.QueryRequest;
import io.ecrhub.domain.port.TerminalGateway;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A terminal that completes every order it receives, exactly as ordered, and reports it so when
 * asked; it keeps its own ledger of what it charged, which the tests compare with the journal. It
 * runs the payment service's {@code beforeSend} as a real gateway does, and then {@link
 * #afterEachSend} — where a test cuts the journal's database off, between the send and the answer.
 */
final class TerminalThatCompletes implements TerminalGateway {

  private final String terminalId;
  private final Map<MerchantOrderNo, PaymentOrder> charged = new ConcurrentHashMap<>();
  private final List<QueryRequest> queries = new CopyOnWriteArrayList<>();
  private volatile Runnable afterEachSend = () -> {};

  TerminalThatCompletes(String terminalId) {
    this.terminalId = terminalId;
  }

  void afterEachSend(Runnable hook) {
    this.afterEachSend = hook;
  }

  /** The orders that reached the terminal, each once: its ledger. */
  Map<MerchantOrderNo, PaymentOrder> charged() {
    return Map.copyOf(charged);
  }

  List<QueryRequest> queries() {
    return List.copyOf(queries);
  }

  @Override
  public String terminalId() {
    return terminalId;
  }

  @Override
  public CompletionStage<TerminalReply<TransactionResult>> order(
      PaymentOrder order, Duration replyTimeout, Runnable beforeSend) {
    try {
      beforeSend.run();
    } catch (RuntimeException vetoed) {
      return CompletableFuture.completedFuture(
          new TerminalReply.NotSent<>(NotSentReason.JOURNAL_UNAVAILABLE, vetoed.getMessage()));
    }
    if (charged.putIfAbsent(order.merchantOrderNo(), order) != null) {
      throw new AssertionError("order " + order.merchantOrderNo() + " was sent twice");
    }
    afterEachSend.run();
    return CompletableFuture.completedFuture(completed(order.merchantOrderNo()));
  }

  @Override
  public CompletionStage<TerminalReply<TransactionResult>> query(
      QueryRequest query, Duration replyTimeout) {
    queries.add(query);
    if (!charged.containsKey(query.merchantOrderNo())) {
      return CompletableFuture.completedFuture(
          new TerminalReply.Answered<>(
              ResponseCode.NOT_FOUND, "transaction does not exist", Option.none()));
    }
    return CompletableFuture.completedFuture(completed(query.merchantOrderNo()));
  }

  @Override
  public CompletionStage<TerminalReply<MerchantOrderNo>> close(
      CloseRequest close, Duration replyTimeout) {
    return CompletableFuture.completedFuture(
        new TerminalReply.Answered<>(
            ResponseCode.SUCCESS, "Success", Option.some(close.merchantOrderNo())));
  }

  private TerminalReply<TransactionResult> completed(MerchantOrderNo number) {
    PaymentOrder order = charged.get(number);
    return new TerminalReply.Answered<>(
        ResponseCode.SUCCESS,
        "Success",
        Option.some(
            TransactionResult.builder(number, TransactionStatus.COMPLETED)
                .transNo("T" + number.value())
                .type(order.type())
                .orderAmount(order.orderAmount())
                .build()));
  }
}
