package io.ecrhub.domain.order;

import io.ecrhub.domain.model.MerchantOrderNo;
import java.util.Objects;

/**
 * A {@code pay.close}: closes an order that is not paid yet. This is how a cashier cancels the open
 * order on the terminal.
 */
public record CloseRequest(MerchantOrderNo merchantOrderNo) {
  public CloseRequest {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
  }
}
