/**
 * The values of the protocol's {@code biz_data}: amounts in major units at a {@link
 * io.ecrhub.domain.model.CurrencyScale}, merchant order numbers, fuel lines, and the code sets
 * (transaction types and statuses, response codes, pay methods and scenarios). Every value is
 * immutable and checked when made; the code sets are open, so that a code a terminal reports and no
 * table names is kept as data rather than refused.
 *
 * <p>The records that every payment compares or hashes ({@link
 * io.ecrhub.domain.model.MerchantOrderNo}, the codes) write {@code equals} and {@code hashCode} out
 * instead of leaving them to the compiler. A record's generated methods are bootstrapped through
 * {@code java.lang.runtime.ObjectMethods} on first use, and the first such bootstrap in a JVM spins
 * some forty method-handle classes: about 40 ms of a fresh JVM's first payment (issue 17). {@code
 * ColdPathTest} in {@code ecr-it} checks that a fresh JVM's first payment bootstraps none.
 */
package io.ecrhub.domain.model;
