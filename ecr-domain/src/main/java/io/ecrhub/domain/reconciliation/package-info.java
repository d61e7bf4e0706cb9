/**
 * End-of-day reconciliation: what the journal says of each order in a window, beside what the
 * terminal says of it now, and whether the two agree. {@code PaymentService.reconcile} produces a
 * {@link io.ecrhub.domain.reconciliation.Reconciliation}; the rules that read the terminal's
 * answers are the payment engine's own.
 */
package io.ecrhub.domain.reconciliation;
