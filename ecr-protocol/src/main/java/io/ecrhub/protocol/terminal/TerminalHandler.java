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
   *
   * @param request the request as decoded
   * @return the message to validate and dispatch instead; its topic decides which method is called
   */
  default InboundMessage interpret(TerminalRequest request) {
    return request.message();
  }

  /**
   * A {@code pay.order}: the order, or every reason it is invalid. A {@code biz_data} that cannot
   * be read at all is answered {@code 202} by the dispatcher and never reaches the handler.
   *
   * @param request the request and its connection
   * @param order the validated order, or every rule of the domain it breaks
   * @return the answer; a stage that fails is answered {@code 999}
   */
  CompletionStage<TerminalResponse> order(
      TerminalRequest request, Validation<Seq<Violation>, PaymentOrder> order);

  /**
   * A {@code pay.query}: the POS asks how an order ended.
   *
   * @param request the request and its connection
   * @param merchantOrderNo the order asked about, or why its number is invalid
   * @return the answer; a stage that fails is answered {@code 999}
   */
  CompletionStage<TerminalResponse> query(
      TerminalRequest request, Validation<Seq<Violation>, MerchantOrderNo> merchantOrderNo);

  /**
   * A {@code pay.close}: the POS asks to cancel an order that has not been paid.
   *
   * @param request the request and its connection
   * @param merchantOrderNo the order to close, or why its number is invalid
   * @return the answer; a stage that fails is answered {@code 999}
   */
  CompletionStage<TerminalResponse> close(
      TerminalRequest request, Validation<Seq<Violation>, MerchantOrderNo> merchantOrderNo);

  /**
   * An {@code ecrhub.heartbeat}: answered {@code 000} unless overridden.
   *
   * @param request the heartbeat and its connection
   * @return the answer, or {@link TerminalResponse#silence()} to ignore it
   */
  default CompletionStage<TerminalResponse> heartbeat(TerminalRequest request) {
    return CompletableFuture.completedFuture(
        TerminalResponse.reply(ResponseCode.SUCCESS, "", null));
  }

  /**
   * A topic other than the seed's (a vendor topic of the codec's registry): a parameter error
   * ({@code 202}) unless overridden.
   *
   * @param request the request and its connection; its {@code biz_data} is not decoded
   * @return the answer
   */
  default CompletionStage<TerminalResponse> custom(TerminalRequest request) {
    return CompletableFuture.completedFuture(
        TerminalResponse.reply(
            ResponseCode.PARAMETER_ERROR,
            "topic " + request.message().topic() + " is not supported by this terminal",
            null));
  }
}
