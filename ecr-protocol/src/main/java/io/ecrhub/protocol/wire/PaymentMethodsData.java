package io.ecrhub.protocol.wire;

import java.util.List;

/**
 * The {@code biz_data} of the answer to the vendor's {@code ecrhub.pay.init}: the payment methods
 * the terminal takes, by category ({@code BANKCARD}, {@code QR_C_SCAN_B}, {@code QR_B_SCAN_C}).
 */
public record PaymentMethodsData(List<Category> payMethodCategoryList) {

  public PaymentMethodsData {
    payMethodCategoryList = List.copyOf(payMethodCategoryList);
  }

  /** One category and its methods. */
  public record Category(String payMethodCategory, List<Method> payMethodList) {
    public Category {
      payMethodList = List.copyOf(payMethodList);
    }
  }

  /**
   * One method: its {@code pay_method_id} (as sent in {@code pay.order}), a display name, and the
   * {@code trans_type} codes it supports.
   */
  public record Method(
      String payMethodId, String payMethodName, List<String> supportedTransTypeList) {
    public Method {
      supportedTransTypeList = List.copyOf(supportedTransTypeList);
    }
  }
}
