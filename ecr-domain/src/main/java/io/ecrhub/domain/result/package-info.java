/**
 * What came back: a {@link io.ecrhub.domain.result.TerminalReply} for one request (answered, no
 * answer, or surely not sent), the {@link io.ecrhub.domain.result.TransactionResult} a terminal
 * reports, and the {@link io.ecrhub.domain.result.PaymentOutcome} the engine decides for an order.
 */
package io.ecrhub.domain.result;
