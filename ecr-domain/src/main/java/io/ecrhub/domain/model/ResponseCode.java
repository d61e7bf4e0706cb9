package io.ecrhub.domain.model;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import java.util.Objects;

/**
 * A response code ({@code response_code}). The set is open: a code no table names is kept as data.
 * What each code proves about a payment is the payment engine's {@code OutcomeRules}; a code no
 * table names proves nothing there, because not knowing what a code means is exactly the case where
 * the outcome must be asked for, never assumed.
 *
 * @param code the code, normalised to three digits when numeric ({@code "000"})
 */
public record ResponseCode(String code) {

  /** {@code 000}: the request succeeded; for a payment, its {@code trans_status} decides. */
  public static final ResponseCode SUCCESS = new ResponseCode("000");

  /** {@code 101}: the terminal is busy with a transaction, which may be this one. */
  public static final ResponseCode IN_PROGRESS = new ResponseCode("101");

  /** {@code 104}: the transaction does not exist. */
  public static final ResponseCode NOT_FOUND = new ResponseCode("104");

  /** {@code 107}: the transaction timed out; its outcome is unknown. */
  public static final ResponseCode TIMEOUT = new ResponseCode("107");

  /** {@code 108}: the terminal itself does not know the result. */
  public static final ResponseCode RESULT_UNKNOWN = new ResponseCode("108");

  /** {@code 109}: a network anomaly; the outcome is unknown. */
  public static final ResponseCode NETWORK_ANOMALY = new ResponseCode("109");

  /** {@code 110}: the operator cancelled on the terminal before a card was read. */
  public static final ResponseCode OPERATOR_CANCELLED = new ResponseCode("110");

  /** {@code 111}: no card was presented before the terminal gave up. */
  public static final ResponseCode READ_CARD_TIMEOUT = new ResponseCode("111");

  /** {@code 113}: the merchant order number is already taken. */
  public static final ResponseCode DUPLICATE_ORDER_NO = new ResponseCode("113");

  /** {@code 114}: the terminal does not support the transaction type. */
  public static final ResponseCode UNSUPPORTED_TYPE = new ResponseCode("114");

  /** {@code 115}: the terminal or the issuer rejected the transaction. */
  public static final ResponseCode REJECTED = new ResponseCode("115");

  /** {@code 119}: the original cannot be voided. */
  public static final ResponseCode CANNOT_VOID = new ResponseCode("119");

  /** {@code 120}: the amount is outside the terminal's limits. */
  public static final ResponseCode AMOUNT_OUT_OF_LIMIT = new ResponseCode("120");

  /** {@code 121}: the terminal cannot read the amount. */
  public static final ResponseCode AMOUNT_FORMAT = new ResponseCode("121");

  /** {@code 201}: the terminal failed to close the transaction. */
  public static final ResponseCode CLOSE_FAILED = new ResponseCode("201");

  /** {@code 202}: the terminal refused the request's parameters. */
  public static final ResponseCode PARAMETER_ERROR = new ResponseCode("202");

  /** {@code 999}: an unknown error, at any step, possibly after payment. */
  public static final ResponseCode UNKNOWN_ERROR = new ResponseCode("999");

  private static final Map<String, String> DESCRIPTIONS =
      HashMap.ofEntries(
          Map.entry("000", "success"),
          Map.entry("101", "transaction in progress, try again later"),
          Map.entry("102", "transaction cancelled"),
          Map.entry("103", "transaction successful"),
          Map.entry("104", "transaction does not exist"),
          Map.entry("105", "transaction refunded"),
          Map.entry("106", "transaction failed"),
          Map.entry("107", "transaction timeout"),
          Map.entry("108", "transaction result unknown"),
          Map.entry("109", "network anomaly"),
          Map.entry("110", "operator cancellation"),
          Map.entry("111", "read card timeout"),
          Map.entry("112", "QR code timeout"),
          Map.entry("113", "duplicate merchant order number"),
          Map.entry("114", "unsupported transaction type"),
          Map.entry("115", "transaction rejected"),
          Map.entry("116", "not logged in"),
          Map.entry("117", "unsupported payment scenario"),
          Map.entry("118", "token expired"),
          Map.entry("119", "cannot void"),
          Map.entry("120", "amount out of limit"),
          Map.entry("121", "incorrect amount format"),
          Map.entry("201", "failed to close the transaction"),
          Map.entry("202", "transaction parameter error"),
          Map.entry("999", "unknown error"));

  /**
   * Normalises the code: blanks are stripped, and a numeric code shorter than three digits is
   * left-padded with zeros ({@code "0"} becomes {@code "000"}).
   *
   * @param code the code as the terminal sent it; not null
   * @throws NullPointerException if {@code code} is null
   */
  public ResponseCode {
    Objects.requireNonNull(code, "code");
    code = padded(code.strip());
  }

  /**
   * A response code, normalised as by the constructor.
   *
   * @param code the code as the terminal sent it; not null
   * @return the code
   */
  public static ResponseCode of(String code) {
    return new ResponseCode(code);
  }

  /**
   * Whether the protocol's code table describes this code.
   *
   * @return {@code false} for a code no table names, which is kept as data
   */
  public boolean isKnown() {
    return DESCRIPTIONS.containsKey(code);
  }

  /**
   * {@code 000}: the request succeeded (which, for a payment, still depends on its status).
   *
   * @return whether the code is {@code 000}
   */
  public boolean isSuccess() {
    return code.equals("000");
  }

  /**
   * The table's text for this code, or "unknown response code X".
   *
   * @return a short English description, never null
   */
  public String description() {
    return DESCRIPTIONS.get(code).getOrElse(() -> "unknown response code " + code);
  }

  // written out, not generated: see the package documentation (a fresh JVM's first payment)
  @Override
  public final boolean equals(Object other) {
    return other instanceof ResponseCode response && code.equals(response.code);
  }

  @Override
  public final int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code + " (" + description() + ")";
  }

  /**
   * A terminal that writes the code as a JSON number sends {@code 0} for {@code "000"}; numeric
   * codes are therefore read as three digits.
   */
  private static String padded(String code) {
    boolean numeric = Codes.isDigits(code);
    return numeric && code.length() < 3 ? "0".repeat(3 - code.length()) + code : code;
  }
}
