package io.ecrhub.domain.order;

import io.ecrhub.domain.model.MerchantOrderNo;
import java.util.Objects;

/**
 * A {@code pay.query}: the current state of one order.
 *
 * @param merchantOrderNo the order to ask about
 */
public record QueryRequest(MerchantOrderNo merchantOrderNo) {
  /**
   * Checks the request.
   *
   * @param merchantOrderNo the order to ask about
   * @throws NullPointerException if it is null
   */
  public QueryRequest {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
  }
}
