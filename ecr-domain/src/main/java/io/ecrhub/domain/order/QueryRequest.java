package io.ecrhub.domain.order;

import io.ecrhub.domain.model.MerchantOrderNo;
import java.util.Objects;

/** A {@code pay.query}: the current state of one order. */
public record QueryRequest(MerchantOrderNo merchantOrderNo) {
  public QueryRequest {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
  }
}
