package io.ecrhub.protocol.wire;

import java.util.List;

/**
 * The {@code biz_data} of the answer to the vendor's {@code ecrhub.pay.init}: the payment methods
 * the terminal takes, by category ({@code BANKCARD}, {@code QR_C_SCAN_B}, {@code QR_B_SCAN_C}).
 *
 * <p>A terminal may leave a list out (or send {@code null}) rather than send {@code []}; such a
 * list binds as an empty one, so that one sparse category does not make the whole answer
 * unreadable.
 *
 * @param payMethodCategoryList {@code pay_method_category_list}: the categories, in the terminal's
 *     order; never null (absent binds as empty), and no element null
 */
public record PaymentMethodsData(List<Category> payMethodCategoryList) {

  /**
   * Keeps an unmodifiable copy of the list.
   *
   * @param payMethodCategoryList the categories; null is taken as none, and no element null
   */
  public PaymentMethodsData {
    payMethodCategoryList = copyOrEmpty(payMethodCategoryList);
  }

  /** An absent list on the wire means "none", not "unreadable answer". */
  private static <T> List<T> copyOrEmpty(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * One category and its methods.
   *
   * @param payMethodCategory {@code pay_method_category}, e.g. {@code BANKCARD}
   * @param payMethodList {@code pay_method_list}: the methods of the category; never null (absent
   *     binds as empty)
   */
  public record Category(String payMethodCategory, List<Method> payMethodList) {
    /**
     * Keeps an unmodifiable copy of the list.
     *
     * @param payMethodCategory the category's name
     * @param payMethodList the methods; null is taken as none, and no element null
     */
    public Category {
      payMethodList = copyOrEmpty(payMethodList);
    }
  }

  /**
   * One method: its {@code pay_method_id} (as sent in {@code pay.order}), a display name, and the
   * {@code trans_type} codes it supports.
   *
   * @param payMethodId {@code pay_method_id}, as a {@code pay.order} names it
   * @param payMethodName {@code pay_method_name}, for display
   * @param supportedTransTypeList {@code supported_trans_type_list}: the {@code trans_type} codes
   *     the method takes; never null (absent binds as empty)
   */
  public record Method(
      String payMethodId, String payMethodName, List<String> supportedTransTypeList) {
    /**
     * Keeps an unmodifiable copy of the list.
     *
     * @param payMethodId the method's id
     * @param payMethodName its display name
     * @param supportedTransTypeList the {@code trans_type} codes; null is taken as none, and no
     *     element null
     */
    public Method {
      supportedTransTypeList = copyOrEmpty(supportedTransTypeList);
    }
  }
}
