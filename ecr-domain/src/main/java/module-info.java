/**
 * The payment domain: orders, amounts, outcomes and their rules, the payment engine and the ports
 * it drives. JDK and Vavr only. Every package is API; {@code io.ecrhub.domain.testing} holds the
 * virtual clock for tests.
 */
module io.ecrhub.domain {
  requires transitive io.vavr;

  exports io.ecrhub.domain.journal;
  exports io.ecrhub.domain.model;
  exports io.ecrhub.domain.order;
  exports io.ecrhub.domain.payment;
  exports io.ecrhub.domain.port;
  exports io.ecrhub.domain.reconciliation;
  exports io.ecrhub.domain.result;
  exports io.ecrhub.domain.testing;
  exports io.ecrhub.domain.validation;
}
