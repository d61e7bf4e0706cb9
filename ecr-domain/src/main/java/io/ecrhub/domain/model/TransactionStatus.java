package io.ecrhub.domain.model;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import java.util.Objects;

/**
 * A transaction status ({@code biz_data.trans_status}): 9 created, 0 processing, 1 closed (failed),
 * 2 completed (successful), 3 cancelled (voided); a sister product adds 4 captured. Only 1, 2 and 3
 * are final for every order ({@link #isFinal()}); what a status proves for an order of a given type
 * is the payment engine's {@code OutcomeRules}. The set is open: a code no table names is kept and
 * treated as not final, so that the engine keeps asking rather than guessing.
 *
 * @param code the code without leading zeros, e.g. {@code "2"}
 */
public record TransactionStatus(String code) {

  /** {@code 9}: created, not yet processed; not final. */
  public static final TransactionStatus CREATED = new TransactionStatus("9");

  /** {@code 0}: processing; not final. */
  public static final TransactionStatus PROCESSING = new TransactionStatus("0");

  /** {@code 1}: closed without payment (failed); final. */
  public static final TransactionStatus CLOSED = new TransactionStatus("1");

  /** {@code 2}: completed (successful); final. */
  public static final TransactionStatus COMPLETED = new TransactionStatus("2");

  /** {@code 3}: cancelled (voided); final. */
  public static final TransactionStatus CANCELLED = new TransactionStatus("3");

  /**
   * 4 captured: not in the seed's table; the vendor's sister product reports it for a completed
   * pre-authorisation completion. See {@code OutcomeRules.meaningOf} for what it proves.
   */
  public static final TransactionStatus CAPTURED = new TransactionStatus("4");

  private static final Map<String, String> LABELS =
      HashMap.of(
          "9", "created",
          "0", "processing",
          "1", "closed",
          "2", "completed",
          "3", "cancelled",
          "4", "captured");

  /**
   * Normalises the code: blanks stripped, leading zeros dropped.
   *
   * @param code the code as reported; not null
   * @throws NullPointerException if {@code code} is null
   */
  public TransactionStatus {
    Objects.requireNonNull(code, "code");
    code = Codes.withoutLeadingZeros(code.strip());
  }

  /**
   * The status for a raw code, known or not.
   *
   * @param code the code as reported; not null
   * @return the status
   */
  public static TransactionStatus of(String code) {
    return new TransactionStatus(code);
  }

  /**
   * Whether this SDK's table names the code (0, 1, 2, 3, 4 or 9).
   *
   * @return {@code false} for a code kept only as data
   */
  public boolean isKnown() {
    return LABELS.containsKey(code);
  }

  /**
   * Closed, completed or cancelled: the terminal will not change its mind.
   *
   * @return {@code true} for 1, 2 and 3; {@code false} for 4 captured and unknown codes
   */
  public boolean isFinal() {
    return equals(CLOSED) || equals(COMPLETED) || equals(CANCELLED);
  }

  /**
   * Completed: the money moved.
   *
   * @return whether the status is 2
   */
  public boolean isCompleted() {
    return equals(COMPLETED);
  }

  /**
   * A readable name: "completed", or "unknown status 7".
   *
   * @return the English name, never null
   */
  public String label() {
    return LABELS.get(code).getOrElse(() -> "unknown status " + code);
  }

  // written out, not generated: see the package documentation (a fresh JVM's first payment)
  @Override
  public final boolean equals(Object other) {
    return other instanceof TransactionStatus status && code.equals(status.code);
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
