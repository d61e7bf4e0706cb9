package io.ecrhub.protocol.terminal;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.protocol.codec.InboundMessage;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The behaviour of a terminal: what it answers to each request. The {@link TerminalDispatcher}
 * decodes and validates; the handler decides. The simulator implements it, and so could a test
 * double or a bridge to another device.
 *
 * <p>Handlers are called on transport threads and must not block; a slow answer is a stage that
 * completes later.
 */
public interface TerminalHandler {

  /**
   * How this terminal reads a request before it is decoded and validated: a terminal may accept a
   * client's own spelling of a field, or fill in what it knows and the request left out (the
   * vendor's terminals void an order's full amount when the void names none). Unchanged unless
   * overridden; must not block.
   */
  default InboundMessage interpret(TerminalRequest request) {
    return request.message();
  }

  /** A {@code pay.order}: the order, or every reason it is invalid. */
  CompletionStage<TerminalResponse> order(
      TerminalRequest request, Validation<Seq<Violation>, PaymentOrder> order);

  /** A {@code pay.query}. */
  CompletionStage<TerminalResponse> query(
      TerminalRequest request, Validation<Seq<Violation>, MerchantOrderNo> merchantOrderNo);

  /** A {@code pay.close}. */
  CompletionStage<TerminalResponse> close(
      TerminalRequest request, Validation<Seq<Violation>, MerchantOrderNo> merchantOrderNo);

  /** An {@code ecrhub.heartbeat}: answered {@code 000} unless overridden. */
  default CompletionStage<TerminalResponse> heartbeat(TerminalRequest request) {
    return CompletableFuture.completedFuture(
        TerminalResponse.reply(ResponseCode.SUCCESS, "", null));
  }

  /** A vendor topic this handler does not know: a parameter error unless overridden. */
  default CompletionStage<TerminalResponse> custom(TerminalRequest request) {
    return CompletableFuture.completedFuture(
        TerminalResponse.reply(
            ResponseCode.PARAMETER_ERROR,
            "topic " + request.message().topic() + " is not supported by this terminal",
            null));
  }
}
