/**
 * The values of the protocol's {@code biz_data}: amounts in major units at a {@link
 * io.ecrhub.domain.model.CurrencyScale}, merchant order numbers, fuel lines, and the code sets
 * (transaction types and statuses, response codes, pay methods and scenarios). Every value is
 * immutable and checked when made; the code sets are open, so that a code a terminal reports and no
 * table names is kept as data rather than refused.
 */
package io.ecrhub.domain.model;
