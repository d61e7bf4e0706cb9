package io.ecrhub.domain.order;

/** Whether a transaction type needs, accepts or refuses an optional field of {@code pay.order}. */
enum Presence {
  REQUIRED,
  OPTIONAL,
  REFUSED
}
