package io.ecrhub.protocol.client.internal;

import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.CloseRequest;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.order.QueryRequest;
import io.ecrhub.domain.port.TerminalGateway;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.protocol.client.TerminalUris;
import io.ecrhub.protocol.codec.WireObject;
import io.ecrhub.protocol.codec.WireTypeException;
import io.ecrhub.protocol.mapping.internal.OrderRequestMapping;
import io.ecrhub.protocol.mapping.internal.TransactionMapping;
import io.ecrhub.protocol.topic.Topic;
import io.ecrhub.protocol.wire.OrderNumberData;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payment service's view of the terminal, spoken over a {@link ClientSession}: domain requests
 * out, domain replies in. An answer whose {@code biz_data} cannot be read keeps its response code
 * and loses only its body, so the engine still knows what the terminal said.
 */
public final class SessionTerminalGateway implements TerminalGateway {

  private static final Logger LOG = LoggerFactory.getLogger(SessionTerminalGateway.class);

  private final ClientSession session;
  private final CurrencyScale scale;

  /**
   * A gateway over {@code session}; the gateway does not own it and never closes it.
   *
   * @param session the session with the terminal
   * @param scale converts between the domain's amounts and the wire's decimal strings
   */
  public SessionTerminalGateway(ClientSession session, CurrencyScale scale) {
    this.session = Objects.requireNonNull(session, "session");
    this.scale = Objects.requireNonNull(scale, "scale");
  }

  @Override
  public String terminalId() {
    // the journal keeps the terminal as output shows it: never a password in its address
    return TerminalUris.redacted(session.endpoint());
  }

  @Override
  public CompletionStage<TerminalReply<TransactionResult>> order(
      PaymentOrder order, Duration replyTimeout, Runnable beforeSend) {
    MerchantOrderNo number = order.merchantOrderNo();
    return session
        .request(
            Topic.PAY_ORDER,
            OrderRequestMapping.toWire(order),
            Option.some(number.value()),
            replyTimeout,
            beforeSend)
        .thenApply(reply -> transaction(reply, number));
  }

  @Override
  public CompletionStage<TerminalReply<TransactionResult>> query(
      QueryRequest query, Duration replyTimeout) {
    MerchantOrderNo number = query.merchantOrderNo();
    return session
        .request(
            Topic.PAY_QUERY,
            new OrderNumberData(number.value()),
            Option.some(number.value()),
            replyTimeout)
        .thenApply(reply -> transaction(reply, number));
  }

  @Override
  public CompletionStage<TerminalReply<MerchantOrderNo>> close(
      CloseRequest close, Duration replyTimeout) {
    MerchantOrderNo number = close.merchantOrderNo();
    return session
        .request(
            Topic.PAY_CLOSE,
            new OrderNumberData(number.value()),
            Option.some(number.value()),
            replyTimeout)
        .thenApply(reply -> withBody(reply, Option.some(number)));
  }

  private TerminalReply<TransactionResult> transaction(
      TerminalReply<WireObject> reply, MerchantOrderNo number) {
    if (!(reply instanceof TerminalReply.Answered<WireObject> answered)) {
      return withBody(reply, Option.none());
    }
    Option<TransactionResult> result;
    try {
      result =
          answered
              .body()
              .flatMap(biz -> TransactionMapping.fromWire(biz, scale))
              .filter(transaction -> isFor(transaction, number));
    } catch (WireTypeException unreadable) {
      OrderLogContext.run(
          number.value(),
          () ->
              LOG.warn(
                  "answer for order {} has an unreadable biz_data: {}",
                  number,
                  unreadable.getMessage()));
      result = Option.none();
    }
    return withBody(reply, result);
  }

  /**
   * Whether the answer's transaction is the requested order's. The session already refuses a reply
   * naming another order, so this is a second guard in case that matching ever changes: such a
   * transaction is never used for this order (the answer is passed on without a body), and it is
   * logged so that it does not go unnoticed.
   */
  private static boolean isFor(TransactionResult transaction, MerchantOrderNo number) {
    if (transaction.merchantOrderNo().equals(number)) {
      return true;
    }
    OrderLogContext.run(
        number.value(),
        () ->
            LOG.warn(
                "answer for order {} describes order {}; its transaction is ignored",
                number,
                transaction.merchantOrderNo()));
    return false;
  }

  /** The same reply with another body; bodies exist only on answers. */
  private static <T> TerminalReply<T> withBody(TerminalReply<WireObject> reply, Option<T> body) {
    if (reply instanceof TerminalReply.Answered<WireObject> answered) {
      return new TerminalReply.Answered<>(answered.code(), answered.message(), body);
    }
    if (reply instanceof TerminalReply.NoAnswer<WireObject> noAnswer) {
      return new TerminalReply.NoAnswer<>(noAnswer.reason(), noAnswer.detail());
    }
    TerminalReply.NotSent<WireObject> notSent = (TerminalReply.NotSent<WireObject>) reply;
    return new TerminalReply.NotSent<>(notSent.reason(), notSent.detail());
  }
}
