package io.ecrhub.domain.result;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.PayMethod;
import io.ecrhub.domain.model.PayScenario;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What the terminal reports about one transaction, in a {@code pay.order} or {@code pay.query}
 * response. Everything but the order number and status is optional because terminals differ in what
 * they echo; fields no table names ({@code price_currency}, {@code pay_channel_trans_no}, …) are
 * kept in {@link #extraFields()} rather than dropped.
 *
 * @param merchantOrderNo {@code merchant_order_no}
 * @param status {@code trans_status}
 * @param transNo {@code trans_no}: the gateway's transaction number
 * @param type {@code trans_type}
 * @param origMerchantOrderNo {@code orig_merchant_order_no}
 * @param orderAmount {@code order_amount}
 * @param tipAmount {@code tip_amount}
 * @param cashbackAmount {@code cashback_amount}
 * @param payMethod {@code pay_method_id}
 * @param payScenario {@code pay_scenario}
 * @param endTime {@code trans_end_time}, in the terminal's local time zone (no offset is sent)
 * @param attach {@code attach}, returned as the POS sent it
 * @param extraFields fields of the response no table names, with their JSON text, in arrival order
 */
public record TransactionResult(
    MerchantOrderNo merchantOrderNo,
    TransactionStatus status,
    Option<String> transNo,
    Option<TransactionType> type,
    Option<MerchantOrderNo> origMerchantOrderNo,
    Option<Amount> orderAmount,
    Option<Amount> tipAmount,
    Option<Amount> cashbackAmount,
    Option<PayMethod> payMethod,
    Option<PayScenario> payScenario,
    Option<LocalDateTime> endTime,
    Option<String> attach,
    Map<String, String> extraFields) {

  /**
   * Checks that every component is present; absent values are {@link Option#none()}, never null.
   *
   * @param merchantOrderNo {@code merchant_order_no}
   * @param status {@code trans_status}
   * @param transNo {@code trans_no}
   * @param type {@code trans_type}
   * @param origMerchantOrderNo {@code orig_merchant_order_no}
   * @param orderAmount {@code order_amount}
   * @param tipAmount {@code tip_amount}
   * @param cashbackAmount {@code cashback_amount}
   * @param payMethod {@code pay_method_id}
   * @param payScenario {@code pay_scenario}
   * @param endTime {@code trans_end_time}, terminal local time
   * @param attach {@code attach}
   * @param extraFields fields no table names, with their JSON text
   * @throws NullPointerException if any is null
   */
  public TransactionResult {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(transNo, "transNo");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(origMerchantOrderNo, "origMerchantOrderNo");
    Objects.requireNonNull(orderAmount, "orderAmount");
    Objects.requireNonNull(tipAmount, "tipAmount");
    Objects.requireNonNull(cashbackAmount, "cashbackAmount");
    Objects.requireNonNull(payMethod, "payMethod");
    Objects.requireNonNull(payScenario, "payScenario");
    Objects.requireNonNull(endTime, "endTime");
    Objects.requireNonNull(attach, "attach");
    Objects.requireNonNull(extraFields, "extraFields");
  }

  /**
   * This result with {@code java.util} types instead of Vavr's, for code that does not use Vavr.
   *
   * @return a view with the same values; the extra fields are copied into an unmodifiable map
   */
  public JavaView javaView() {
    return new JavaView(
        merchantOrderNo,
        status,
        transNo.toJavaOptional(),
        type.toJavaOptional(),
        origMerchantOrderNo.toJavaOptional(),
        orderAmount.toJavaOptional(),
        tipAmount.toJavaOptional(),
        cashbackAmount.toJavaOptional(),
        payMethod.toJavaOptional(),
        payScenario.toJavaOptional(),
        endTime.toJavaOptional(),
        attach.toJavaOptional(),
        extraFields.toJavaMap());
  }

  /**
   * A {@link TransactionResult} in {@code java.util} types: the same fields under the same names,
   * {@link Optional} where the result has an {@link Option}, an unmodifiable {@link java.util.Map}
   * for the extra fields.
   *
   * @param merchantOrderNo {@code merchant_order_no}
   * @param status {@code trans_status}
   * @param transNo {@code trans_no}
   * @param type {@code trans_type}
   * @param origMerchantOrderNo {@code orig_merchant_order_no}
   * @param orderAmount {@code order_amount}
   * @param tipAmount {@code tip_amount}
   * @param cashbackAmount {@code cashback_amount}
   * @param payMethod {@code pay_method_id}
   * @param payScenario {@code pay_scenario}
   * @param endTime {@code trans_end_time}, terminal local time
   * @param attach {@code attach}
   * @param extraFields fields no table names, with their JSON text, in arrival order
   */
  public record JavaView(
      MerchantOrderNo merchantOrderNo,
      TransactionStatus status,
      Optional<String> transNo,
      Optional<TransactionType> type,
      Optional<MerchantOrderNo> origMerchantOrderNo,
      Optional<Amount> orderAmount,
      Optional<Amount> tipAmount,
      Optional<Amount> cashbackAmount,
      Optional<PayMethod> payMethod,
      Optional<PayScenario> payScenario,
      Optional<LocalDateTime> endTime,
      Optional<String> attach,
      java.util.Map<String, String> extraFields) {

    /**
     * Copies the extra fields into an unmodifiable map that keeps their order.
     *
     * @param merchantOrderNo {@code merchant_order_no}
     * @param status {@code trans_status}
     * @param transNo {@code trans_no}
     * @param type {@code trans_type}
     * @param origMerchantOrderNo {@code orig_merchant_order_no}
     * @param orderAmount {@code order_amount}
     * @param tipAmount {@code tip_amount}
     * @param cashbackAmount {@code cashback_amount}
     * @param payMethod {@code pay_method_id}
     * @param payScenario {@code pay_scenario}
     * @param endTime {@code trans_end_time}, terminal local time
     * @param attach {@code attach}
     * @param extraFields fields no table names; not null
     */
    public JavaView {
      extraFields =
          java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extraFields));
    }
  }

  /**
   * A builder holding the two fields every response carries; the rest default to absent.
   *
   * @param merchantOrderNo the order the result is about
   * @param status the reported status
   * @return a new builder
   */
  public static Builder builder(MerchantOrderNo merchantOrderNo, TransactionStatus status) {
    return new Builder(merchantOrderNo, status);
  }

  /**
   * A builder starting from this result, e.g. to report a later status of the same order.
   *
   * @return a new builder holding every field of this result
   */
  public Builder toBuilder() {
    Builder builder = new Builder(merchantOrderNo, status);
    builder.transNo = transNo;
    builder.type = type;
    builder.origMerchantOrderNo = origMerchantOrderNo;
    builder.orderAmount = orderAmount;
    builder.tipAmount = tipAmount;
    builder.cashbackAmount = cashbackAmount;
    builder.payMethod = payMethod;
    builder.payScenario = payScenario;
    builder.endTime = endTime;
    builder.attach = attach;
    builder.extraFields = extraFields;
    return builder;
  }

  /** Builds a {@link TransactionResult}; every setter takes an {@link Option} or a plain value. */
  public static final class Builder {
    private MerchantOrderNo merchantOrderNo;
    private TransactionStatus status;
    private Option<String> transNo = Option.none();
    private Option<TransactionType> type = Option.none();
    private Option<MerchantOrderNo> origMerchantOrderNo = Option.none();
    private Option<Amount> orderAmount = Option.none();
    private Option<Amount> tipAmount = Option.none();
    private Option<Amount> cashbackAmount = Option.none();
    private Option<PayMethod> payMethod = Option.none();
    private Option<PayScenario> payScenario = Option.none();
    private Option<LocalDateTime> endTime = Option.none();
    private Option<String> attach = Option.none();
    private Map<String, String> extraFields = LinkedHashMap.empty();

    private Builder(MerchantOrderNo merchantOrderNo, TransactionStatus status) {
      this.merchantOrderNo = merchantOrderNo;
      this.status = status;
    }

    /**
     * Replaces the status.
     *
     * @param value the reported status
     * @return this builder
     */
    public Builder status(TransactionStatus value) {
      this.status = value;
      return this;
    }

    /**
     * Sets {@code trans_no}.
     *
     * @param value the gateway's transaction number, or none
     * @return this builder
     */
    public Builder transNo(Option<String> value) {
      this.transNo = value;
      return this;
    }

    /**
     * Sets {@code trans_no}.
     *
     * @param value the gateway's transaction number; {@code null} for none
     * @return this builder
     */
    public Builder transNo(String value) {
      return transNo(Option.of(value));
    }

    /**
     * Sets {@code trans_type}.
     *
     * @param value the reported type, or none
     * @return this builder
     */
    public Builder type(Option<TransactionType> value) {
      this.type = value;
      return this;
    }

    /**
     * Sets {@code trans_type}.
     *
     * @param value the reported type; {@code null} for none
     * @return this builder
     */
    public Builder type(TransactionType value) {
      return type(Option.of(value));
    }

    /**
     * Sets {@code orig_merchant_order_no}.
     *
     * @param value the original order's number, or none
     * @return this builder
     */
    public Builder origMerchantOrderNo(Option<MerchantOrderNo> value) {
      this.origMerchantOrderNo = value;
      return this;
    }

    /**
     * Sets {@code order_amount}.
     *
     * @param value the reported amount, or none
     * @return this builder
     */
    public Builder orderAmount(Option<Amount> value) {
      this.orderAmount = value;
      return this;
    }

    /**
     * Sets {@code order_amount}.
     *
     * @param value the reported amount; {@code null} for none
     * @return this builder
     */
    public Builder orderAmount(Amount value) {
      return orderAmount(Option.of(value));
    }

    /**
     * Sets {@code tip_amount}.
     *
     * @param value the reported tip, or none
     * @return this builder
     */
    public Builder tipAmount(Option<Amount> value) {
      this.tipAmount = value;
      return this;
    }

    /**
     * Sets {@code cashback_amount}.
     *
     * @param value the reported cash back, or none
     * @return this builder
     */
    public Builder cashbackAmount(Option<Amount> value) {
      this.cashbackAmount = value;
      return this;
    }

    /**
     * Sets {@code pay_method_id}.
     *
     * @param value the method used, or none
     * @return this builder
     */
    public Builder payMethod(Option<PayMethod> value) {
      this.payMethod = value;
      return this;
    }

    /**
     * Sets {@code pay_scenario}.
     *
     * @param value the scenario used, or none
     * @return this builder
     */
    public Builder payScenario(Option<PayScenario> value) {
      this.payScenario = value;
      return this;
    }

    /**
     * Sets {@code trans_end_time}.
     *
     * @param value the end time in the terminal's local time zone, or none
     * @return this builder
     */
    public Builder endTime(Option<LocalDateTime> value) {
      this.endTime = value;
      return this;
    }

    /**
     * Sets {@code attach}.
     *
     * @param value the merchant data returned, or none
     * @return this builder
     */
    public Builder attach(Option<String> value) {
      this.attach = value;
      return this;
    }

    /**
     * Replaces the fields no table names.
     *
     * @param value field names to their JSON text, in arrival order
     * @return this builder
     */
    public Builder extraFields(Map<String, String> value) {
      this.extraFields = value;
      return this;
    }

    /**
     * Builds the result.
     *
     * @return the result
     * @throws NullPointerException if the order number, the status or any value set is null
     */
    public TransactionResult build() {
      return new TransactionResult(
          merchantOrderNo,
          status,
          transNo,
          type,
          origMerchantOrderNo,
          orderAmount,
          tipAmount,
          cashbackAmount,
          payMethod,
          payScenario,
          endTime,
          attach,
          extraFields);
    }
  }
}
