package io.ecrhub.domain.order;

import static io.ecrhub.domain.order.Presence.OPTIONAL;
import static io.ecrhub.domain.order.Presence.REFUSED;
import static io.ecrhub.domain.order.Presence.REQUIRED;

import io.ecrhub.domain.model.TransactionType;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The shape of each transaction type: which of the conditional fields it needs, accepts or refuses.
 * This table is the seed's rules in one place; {@link OrderDraft} reads it to name a misplaced
 * field, the order records embody it in their components.
 */
enum OrderKind {
  //        type                              original  tip       cashback  forecourt
  SALE(TransactionType.SALE, "a sale", REFUSED, OPTIONAL, REFUSED, OPTIONAL),
  VOID(TransactionType.VOID, "a void", REQUIRED, REFUSED, REFUSED, REFUSED),
  REFUND(TransactionType.REFUND, "a refund", REQUIRED, REFUSED, REFUSED, REFUSED),
  PRE_AUTH(TransactionType.PRE_AUTH, "a pre-authorisation", REFUSED, OPTIONAL, REFUSED, OPTIONAL),
  PRE_AUTH_CANCEL(
      TransactionType.PRE_AUTH_CANCEL,
      "a pre-authorisation cancel",
      OPTIONAL,
      REFUSED,
      REFUSED,
      REFUSED),
  COMPLETION(TransactionType.COMPLETION, "a completion", REQUIRED, OPTIONAL, REFUSED, OPTIONAL),
  CASHBACK(TransactionType.CASHBACK, "a cashback sale", REFUSED, OPTIONAL, REQUIRED, REFUSED);

  final TransactionType type;
  final String article;
  final Presence original;
  final Presence tip;
  final Presence cashback;
  final Presence forecourt;

  OrderKind(
      TransactionType type,
      String article,
      Presence original,
      Presence tip,
      Presence cashback,
      Presence forecourt) {
    this.type = type;
    this.article = article;
    this.original = original;
    this.tip = tip;
    this.cashback = cashback;
    this.forecourt = forecourt;
  }

  static Option<OrderKind> of(TransactionType type) {
    return List.of(values()).find(kind -> kind.type.equals(type));
  }

  /** "1 sale, 2 void, …": the types this SDK can send, for error messages. */
  static String supportedTypes() {
    return List.of(values()).map(kind -> kind.type.code() + " " + kind.type.label()).mkString(", ");
  }
}
