package io.ecrhub.protocol.mapping.internal;

import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.protocol.codec.DecodeFailure;
import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.codec.WireTypeException;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * The business data of a decoded message, for each role: the terminal side reads requests, the POS
 * side reads responses. A field whose JSON type no forgiving reading can use is a {@link
 * DecodeFailure} naming the field; a field of the right type with a bad value (an amount with three
 * decimals) is left for the domain's validation to report.
 */
public final class MessageDecoder {

  private MessageDecoder() {}

  /**
   * The order in a {@code pay.order} request, as a draft to validate.
   *
   * @param message a decoded {@code ecrhub.pay.order} request
   * @param scale how many fraction digits the amounts must have
   * @return the draft, or a {@link DecodeFailure.Reason#WRONG_TYPE} failure naming the field
   */
  public static Either<DecodeFailure, OrderDraft> orderRequest(
      InboundMessage message, CurrencyScale scale) {
    try {
      return Either.right(OrderRequestMapping.toDraft(message.biz(), scale));
    } catch (WireTypeException wrongType) {
      return Either.left(DecodeFailure.wrongType(wrongType, message));
    }
  }

  /**
   * The order number of a {@code pay.query} or {@code pay.close} request.
   *
   * @param message a decoded {@code ecrhub.pay.query} or {@code ecrhub.pay.close} request
   * @return the number, or why it is invalid (missing included); a {@link
   *     DecodeFailure.Reason#WRONG_TYPE} failure when it is not text at all
   */
  public static Either<DecodeFailure, Validation<Seq<Violation>, MerchantOrderNo>> orderNumber(
      InboundMessage message) {
    try {
      return Either.right(
          MerchantOrderNo.of(
              message.biz().text("merchant_order_no").getOrNull(), FieldPath.MERCHANT_ORDER_NO));
    } catch (WireTypeException wrongType) {
      return Either.left(DecodeFailure.wrongType(wrongType, message));
    }
  }

  /**
   * The transaction in a {@code pay.order} or {@code pay.query} response; none when the answer
   * carries no transaction (a {@code 104} usually does not).
   *
   * @param message a decoded response
   * @param scale how many fraction digits the amounts have
   * @return the transaction, if any, or a {@link DecodeFailure.Reason#WRONG_TYPE} failure naming
   *     the field
   */
  public static Either<DecodeFailure, Option<TransactionResult>> transaction(
      InboundMessage message, CurrencyScale scale) {
    try {
      return Either.right(
          message.bizData().flatMap(biz -> TransactionMapping.fromWire(biz, scale)));
    } catch (WireTypeException wrongType) {
      return Either.left(DecodeFailure.wrongType(wrongType, message));
    }
  }
}
