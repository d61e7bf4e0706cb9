/**
 * The payment engine: {@link io.ecrhub.domain.payment.PaymentService} sends orders, journals them
 * first, and settles each outcome by {@link io.ecrhub.domain.payment.OutcomeRules} — querying the
 * terminal when an answer proves nothing, never sending a {@code pay.order} twice. Its timing rules
 * are a {@link io.ecrhub.domain.payment.PaymentPolicy}. It owns no thread.
 */
package io.ecrhub.domain.payment;
