package io.ecrhub.domain.order;

import io.ecrhub.domain.model.TransactionType;
import java.util.Set;

/** Test data: the smallest valid draft of each transaction type, to change one field at a time. */
final class Drafts {

  static final String NUMBER = "N20250113001";
  static final String ORIGINAL = "N20250112999";

  private static final Set<TransactionType> NEED_ORIGINAL =
      Set.of(TransactionType.VOID, TransactionType.REFUND, TransactionType.COMPLETION);

  private Drafts() {}

  /** A draft of {@code type} that validates: the original and cashback are there when needed. */
  static OrderDraft minimal(TransactionType type) {
    OrderDraft draft = OrderDraft.ofType(type).merchantOrderNo(NUMBER).orderAmount("20.34");
    if (NEED_ORIGINAL.contains(type)) {
      draft.origMerchantOrderNo(ORIGINAL);
    }
    if (type.equals(TransactionType.CASHBACK)) {
      draft.cashbackAmount("5.00");
    }
    return draft;
  }

  static OrderDraft minimal(String typeCode) {
    return minimal(TransactionType.of(typeCode));
  }
}
