package io.ecrhub.domain.port;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.CloseRequest;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.order.QueryRequest;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * The terminal, as the payment service sees it: three requests, each answered by a {@link
 * TerminalReply}. The protocol module implements it over any transport.
 *
 * <p>Contract: the returned stages complete normally — with {@link TerminalReply.NoAnswer} on a
 * timeout or a lost connection, with {@link TerminalReply.NotSent} only when the request surely
 * never left — and never exceptionally. A gateway never re-sends a request by itself.
 */
public interface TerminalGateway {

  /**
   * A stable name of the terminal (its URI), recorded with each journal entry.
   *
   * @return the terminal's id; the same for the gateway's whole life
   */
  String terminalId();

  /**
   * Sends one {@code pay.order}. {@code beforeSend} runs once, the moment before the frame is
   * handed to the wire — after the connection is there, so that an order that waited in vain for
   * one provably never left. The payment service marks the order sent in its journal there. If
   * {@code beforeSend} throws, nothing is sent and the reply is {@link TerminalReply.NotSent} with
   * {@link io.ecrhub.domain.result.NotSentReason#JOURNAL_UNAVAILABLE} and the exception's message.
   *
   * @param order the order to send
   * @param replyTimeout how long to wait for the answer before completing with {@link
   *     TerminalReply.NoAnswer}
   * @param beforeSend run once, just before the frame leaves; throws to stop the send
   * @return the terminal's answer, or why there is none
   */
  CompletionStage<TerminalReply<TransactionResult>> order(
      PaymentOrder order, Duration replyTimeout, Runnable beforeSend);

  /**
   * Sends one {@code pay.query}.
   *
   * @param query the order to ask about
   * @param replyTimeout how long to wait for the answer before completing with {@link
   *     TerminalReply.NoAnswer}
   * @return the terminal's answer, or why there is none
   */
  CompletionStage<TerminalReply<TransactionResult>> query(
      QueryRequest query, Duration replyTimeout);

  /**
   * Sends one {@code pay.close}; an answered close carries the closed order's number.
   *
   * @param close the order to close
   * @param replyTimeout how long to wait for the answer before completing with {@link
   *     TerminalReply.NoAnswer}
   * @return the terminal's answer, or why there is none
   */
  CompletionStage<TerminalReply<MerchantOrderNo>> close(CloseRequest close, Duration replyTimeout);
}
