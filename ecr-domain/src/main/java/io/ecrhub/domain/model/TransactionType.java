package io.ecrhub.domain.model;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import java.util.Objects;

/**
 * A transaction type code ({@code biz_data.trans_type}). The set is open: a terminal may report a
 * code no table of this SDK names (vendor SDKs mention 7, 8 and 12); such a code is kept as data
 * and {@link #isKnown()} is false, it is never a parse failure.
 *
 * @param code the code without leading zeros, e.g. {@code "1"}
 */
public record TransactionType(String code) {

  /** {@code 1}: a sale. */
  public static final TransactionType SALE = new TransactionType("1");

  /** {@code 2}: a void of an earlier order. */
  public static final TransactionType VOID = new TransactionType("2");

  /** {@code 3}: a refund of an earlier order. */
  public static final TransactionType REFUND = new TransactionType("3");

  /** {@code 4}: a pre-authorisation, holding funds. */
  public static final TransactionType PRE_AUTH = new TransactionType("4");

  /** {@code 5}: a pre-authorisation cancel, releasing held funds. */
  public static final TransactionType PRE_AUTH_CANCEL = new TransactionType("5");

  /** {@code 6}: a pre-authorisation completion, taking held funds. */
  public static final TransactionType COMPLETION = new TransactionType("6");

  /** {@code 11}: a sale with cash back. */
  public static final TransactionType CASHBACK = new TransactionType("11");

  private static final Map<String, String> LABELS =
      HashMap.of(
          "1", "sale",
          "2", "void",
          "3", "refund",
          "4", "pre-authorisation",
          "5", "pre-authorisation cancel",
          "6", "pre-authorisation completion",
          "11", "sale with cashback");

  /**
   * Normalises the code: blanks stripped, leading zeros dropped.
   *
   * @param code the code as sent or reported; not null
   * @throws NullPointerException if {@code code} is null
   */
  public TransactionType {
    Objects.requireNonNull(code, "code");
    code = Codes.withoutLeadingZeros(code.strip());
  }

  /**
   * The type for a raw code, known or not. {@code "01"} and {@code "1"} are the same code.
   *
   * @param code the code as sent or reported; not null
   * @return the type, known or not
   */
  public static TransactionType of(String code) {
    return new TransactionType(code);
  }

  /**
   * Whether this SDK's table names the code.
   *
   * @return {@code false} for a vendor code such as 7, kept as data
   */
  public boolean isKnown() {
    return LABELS.containsKey(code);
  }

  /**
   * A readable name: "refund", or "unknown type 7".
   *
   * @return the English name, never null
   */
  public String label() {
    return LABELS.get(code).getOrElse(() -> "unknown type " + code);
  }

  // written out, not generated: see the package documentation (a fresh JVM's first payment)
  @Override
  public final boolean equals(Object other) {
    return other instanceof TransactionType type && code.equals(type.code);
  }

  @Override
  public final int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code + " (" + label() + ")";
  }
}
