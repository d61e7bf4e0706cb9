package io.ecrhub.domain.order;

import io.ecrhub.domain.model.MerchantOrderNo;
import java.util.Objects;

/**
 * A {@code pay.close}: closes an order that is not paid yet. This is how a cashier cancels the open
 * order on the terminal.
 *
 * @param merchantOrderNo the order to close
 */
public record CloseRequest(MerchantOrderNo merchantOrderNo) {
  /**
   * Checks the request.
   *
   * @param merchantOrderNo the order to close
   * @throws NullPointerException if it is null
   */
  public CloseRequest {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
  }
}
