package io.ecrhub.domain.result;

import io.ecrhub.domain.model.ResponseCode;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What came of one request to the terminal. The three cases are the three a payment engineer must
 * tell apart: the terminal answered; the request may have reached it but nothing came back; the
 * request surely never left.
 *
 * @param <T> the business data of an answer: a {@link TransactionResult} for {@code pay.order} and
 *     {@code pay.query}, the order number for {@code pay.close}
 */
public sealed interface TerminalReply<T> {

  /**
   * The terminal answered.
   *
   * @param code {@code response_code}
   * @param message {@code response_msg}, empty when absent
   * @param body the decoded {@code biz_data}, absent when the terminal sent none or too little
   * @param <T> the business data of the answer
   */
  record Answered<T>(ResponseCode code, String message, Option<T> body)
      implements TerminalReply<T> {
    /**
     * Checks that every component is present.
     *
     * @param code {@code response_code}
     * @param message {@code response_msg}, empty when absent
     * @param body the decoded {@code biz_data}, or none
     * @throws NullPointerException if any is null
     */
    public Answered {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(body, "body");
    }
  }

  /**
   * The request may have reached the terminal, and nothing came back.
   *
   * @param <T> the business data an answer would have carried
   * @param reason why nothing came back
   * @param detail the same in a sentence, for logs and the journal
   */
  record NoAnswer<T>(NoAnswerReason reason, String detail) implements TerminalReply<T> {
    /**
     * Checks that both components are present.
     *
     * @param reason why nothing came back
     * @param detail the same in a sentence
     * @throws NullPointerException if either is null
     */
    public NoAnswer {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * The request surely never reached the terminal.
   *
   * @param <T> the business data an answer would have carried
   * @param reason why the request was not sent
   * @param detail the same in a sentence, for logs and the journal
   */
  record NotSent<T>(NotSentReason reason, String detail) implements TerminalReply<T> {
    /**
     * Checks that both components are present.
     *
     * @param reason why the request was not sent
     * @param detail the same in a sentence
     * @throws NullPointerException if either is null
     */
    public NotSent {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
