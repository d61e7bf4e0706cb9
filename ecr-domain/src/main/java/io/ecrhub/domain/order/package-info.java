/**
 * The requests a POS sends: one record per transaction type implementing {@link
 * io.ecrhub.domain.order.PaymentOrder}, each valid by construction, and {@link
 * io.ecrhub.domain.order.OrderDraft} to build one from raw text with every violation reported at
 * once; plus the {@code pay.query} and {@code pay.close} requests.
 */
package io.ecrhub.domain.order;
