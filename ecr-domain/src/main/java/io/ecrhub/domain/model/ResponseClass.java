package io.ecrhub.domain.model;

/** What a response code says about the money. */
public enum ResponseClass {
  /** {@code 000}: the request succeeded. */
  SUCCESS,
  /**
   * 101, 107, 108, 109 — and any code no table names: the terminal did not say that the payment
   * failed. Only a query can tell; treating these as failures is how double charges happen.
   */
  OUTCOME_UNKNOWN,
  /** Every other code of the table: the terminal says the request failed. */
  FAILED
}
