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
 */
public record TransactionStatus(String code) {

  public static final TransactionStatus CREATED = new TransactionStatus("9");
  public static final TransactionStatus PROCESSING = new TransactionStatus("0");
  public static final TransactionStatus CLOSED = new TransactionStatus("1");
  public static final TransactionStatus COMPLETED = new TransactionStatus("2");
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

  public TransactionStatus {
    Objects.requireNonNull(code, "code");
    code = Codes.withoutLeadingZeros(code.strip());
  }

  public static TransactionStatus of(String code) {
    return new TransactionStatus(code);
  }

  public boolean isKnown() {
    return LABELS.containsKey(code);
  }

  /** Closed, completed or cancelled: the terminal will not change its mind. */
  public boolean isFinal() {
    return equals(CLOSED) || equals(COMPLETED) || equals(CANCELLED);
  }

  /** Completed: the money moved. */
  public boolean isCompleted() {
    return equals(COMPLETED);
  }

  public String label() {
    return LABELS.get(code).getOrElse(() -> "unknown status " + code);
  }

  @Override
  public String toString() {
    return code + " (" + label() + ")";
  }
}
