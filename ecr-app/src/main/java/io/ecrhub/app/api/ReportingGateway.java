package io.ecrhub.app.api;

import io.ecrhub.app.events.RoundTrip;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.order.CloseRequest;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.order.QueryRequest;
import io.ecrhub.domain.port.TerminalGateway;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The terminal gateway, reporting the round trip of every request to the client's listeners. It
 * adds nothing else: replies pass through as they are, and reporting cannot fail them (the events
 * catch what a listener throws).
 */
final class ReportingGateway implements TerminalGateway {

  private final TerminalGateway gateway;
  private final ClientEvents events;

  ReportingGateway(TerminalGateway gateway, ClientEvents events) {
    this.gateway = gateway;
    this.events = events;
  }

  @Override
  public String terminalId() {
    return gateway.terminalId();
  }

  @Override
  public CompletionStage<TerminalReply<TransactionResult>> order(
      PaymentOrder order, Duration replyTimeout, Runnable beforeSend) {
    long start = System.nanoTime();
    return gateway
        .order(order, replyTimeout, beforeSend)
        .thenApply(
            reply -> reported(RoundTrip.Request.ORDER, order.merchantOrderNo(), start, reply));
  }

  @Override
  public CompletionStage<TerminalReply<TransactionResult>> query(
      QueryRequest query, Duration replyTimeout) {
    long start = System.nanoTime();
    return gateway
        .query(query, replyTimeout)
        .thenApply(
            reply -> reported(RoundTrip.Request.QUERY, query.merchantOrderNo(), start, reply));
  }

  @Override
  public CompletionStage<TerminalReply<MerchantOrderNo>> close(
      CloseRequest close, Duration replyTimeout) {
    long start = System.nanoTime();
    return gateway
        .close(close, replyTimeout)
        .thenApply(
            reply -> reported(RoundTrip.Request.CLOSE, close.merchantOrderNo(), start, reply));
  }

  private <T> TerminalReply<T> reported(
      RoundTrip.Request request, MerchantOrderNo number, long start, TerminalReply<T> reply) {
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    RoundTrip.Result result;
    Optional<ResponseCode> code = Optional.empty();
    if (reply instanceof TerminalReply.Answered<T> answered) {
      result = RoundTrip.Result.ANSWERED;
      code = Optional.of(answered.code());
    } else if (reply instanceof TerminalReply.NoAnswer<T>) {
      result = RoundTrip.Result.NO_ANSWER;
    } else {
      result = RoundTrip.Result.NOT_SENT;
    }
    events.roundTrip(new RoundTrip(events.terminal(), request, number, took, result, code));
    return reply;
  }
}
