package io.ecrhub.domain.payment;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.PayMethod;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.result.NoAnswerReason;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.vavr.control.Option;

/** Test data: what a terminal answers, in the words of the seed's code tables. */
final class Replies {

  private Replies() {}

  /** The gateway's transaction number the fake terminal gives an order. */
  static String transNo(String merchantOrderNo) {
    return "50210000" + merchantOrderNo;
  }

  static TransactionResult result(String merchantOrderNo, String status) {
    return TransactionResult.builder(
            new MerchantOrderNo(merchantOrderNo), TransactionStatus.of(status))
        .transNo(transNo(merchantOrderNo))
        .type(TransactionType.SALE)
        .orderAmount(Amount.parseOrThrow("20.34"))
        .payMethod(Option.some(PayMethod.VISA))
        .build();
  }

  /** {@code response_code} {@code code} with a {@code biz_data} reporting {@code status}. */
  static TerminalReply<TransactionResult> answered(
      String code, String merchantOrderNo, String status) {
    return new TerminalReply.Answered<>(
        ResponseCode.of(code),
        ResponseCode.of(code).isSuccess() ? "Success" : ResponseCode.of(code).description(),
        Option.some(result(merchantOrderNo, status)));
  }

  /** {@code response_code} {@code code} without any {@code biz_data}. */
  static TerminalReply<TransactionResult> answeredWithoutBody(String code) {
    return new TerminalReply.Answered<>(
        ResponseCode.of(code), ResponseCode.of(code).description(), Option.none());
  }

  /** {@code "000"} with {@code trans_status} {@code status}. */
  static TerminalReply<TransactionResult> status(String merchantOrderNo, String status) {
    return answered("000", merchantOrderNo, status);
  }

  static TerminalReply<TransactionResult> completed(String merchantOrderNo) {
    return status(merchantOrderNo, "2");
  }

  static TerminalReply<TransactionResult> processing(String merchantOrderNo) {
    return status(merchantOrderNo, "0");
  }

  /** A {@code pay.close} acknowledged with {@code 000}. */
  static TerminalReply<MerchantOrderNo> closed(String merchantOrderNo) {
    return new TerminalReply.Answered<>(
        ResponseCode.SUCCESS, "", Option.some(new MerchantOrderNo(merchantOrderNo)));
  }

  /** A {@code pay.close} answered with {@code code} and no body. */
  static TerminalReply<MerchantOrderNo> closeAnswered(String code) {
    return new TerminalReply.Answered<>(
        ResponseCode.of(code), ResponseCode.of(code).description(), Option.none());
  }

  /** {@code 000} and status 2 with the fields in {@code adjust} changed from the order sent. */
  static TerminalReply<TransactionResult> completedAs(
      String merchantOrderNo, java.util.function.UnaryOperator<TransactionResult.Builder> adjust) {
    return new TerminalReply.Answered<>(
        ResponseCode.SUCCESS,
        "Success",
        Option.some(adjust.apply(result(merchantOrderNo, "2").toBuilder()).build()));
  }

  static TerminalReply<TransactionResult> notFound() {
    return answeredWithoutBody("104");
  }

  static <T> TerminalReply<T> timedOut() {
    return new TerminalReply.NoAnswer<>(NoAnswerReason.TIMEOUT, "no reply within the timeout");
  }

  static <T> TerminalReply<T> connectionLost() {
    return new TerminalReply.NoAnswer<>(
        NoAnswerReason.CONNECTION_LOST, "the terminal closed the socket");
  }

  static <T> TerminalReply<T> notSent(NotSentReason reason) {
    return new TerminalReply.NotSent<>(reason, "could not connect to the terminal");
  }
}
