package io.ecrhub.protocol.wire;

import io.ecrhub.protocol.codec.WirePayload;
import io.ecrhub.protocol.codec.WirePayloadSerializer;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code biz_data} of an {@code ecrhub.pay.order} request: every field of the seed's table.
 * Amounts are written as strings in major units with their exact scale ({@code "34.50"}); {@code
 * expires} is a number; the two flags are booleans.
 *
 * @param transType {@code trans_type}: the transaction type code, {@code "1"} sale, {@code "2"}
 *     void, {@code "3"} refund…
 * @param merchantOrderNo {@code merchant_order_no}: the POS's unique number of this order
 * @param origMerchantOrderNo {@code orig_merchant_order_no}: the order a void, refund or completion
 *     refers to
 * @param orderAmount {@code order_amount} in major units at the currency's scale
 * @param tipAmount {@code tip_amount} in major units
 * @param cashbackAmount {@code cashback_amount} in major units
 * @param payMethodId {@code pay_method_id}, e.g. {@code Visa}
 * @param payScenario {@code pay_scenario}, e.g. {@code SWIPE_CARD}
 * @param attach {@code attach}: merchant data the terminal returns as is
 * @param description {@code description} of the goods or service
 * @param notifyUrl {@code notify_url} for gateway notifications
 * @param expires {@code expires}: seconds after which the order may no longer be paid
 * @param confirmOnTerminal {@code confirm_on_terminal}; null leaves the terminal's default
 * @param requiredTerminalAuthentication {@code required_terminal_authentication}: manager
 *     authorisation on the terminal for a void or refund; null leaves the terminal's default
 * @param forecourtData {@code forecourt_data}: fuel items; null when the order has none
 */
@JsonbTypeSerializer(WirePayloadSerializer.class)
public record OrderRequestData(
    String transType,
    String merchantOrderNo,
    String origMerchantOrderNo,
    @JsonbTypeAdapter(ExactDecimalAdapter.class) BigDecimal orderAmount,
    @JsonbTypeAdapter(ExactDecimalAdapter.class) BigDecimal tipAmount,
    @JsonbTypeAdapter(ExactDecimalAdapter.class) BigDecimal cashbackAmount,
    String payMethodId,
    String payScenario,
    String attach,
    String description,
    String notifyUrl,
    Integer expires,
    Boolean confirmOnTerminal,
    Boolean requiredTerminalAuthentication,
    List<ForecourtItemData> forecourtData)
    implements WirePayload {

  /**
   * Writes every present field in the seed's table order.
   *
   * @param out where the object goes
   */
  @Override
  public void writeJson(JsonGenerator out) {
    out.writeStartObject();
    JsonFields.text(out, "trans_type", transType);
    JsonFields.text(out, "merchant_order_no", merchantOrderNo);
    JsonFields.text(out, "orig_merchant_order_no", origMerchantOrderNo);
    JsonFields.decimal(out, "order_amount", orderAmount);
    JsonFields.decimal(out, "tip_amount", tipAmount);
    JsonFields.decimal(out, "cashback_amount", cashbackAmount);
    JsonFields.text(out, "pay_method_id", payMethodId);
    JsonFields.text(out, "pay_scenario", payScenario);
    JsonFields.text(out, "attach", attach);
    JsonFields.text(out, "description", description);
    JsonFields.text(out, "notify_url", notifyUrl);
    JsonFields.number(out, "expires", expires);
    JsonFields.bool(out, "confirm_on_terminal", confirmOnTerminal);
    JsonFields.bool(out, "required_terminal_authentication", requiredTerminalAuthentication);
    if (forecourtData != null) {
      out.writeStartArray("forecourt_data");
      forecourtData.forEach(item -> item.writeJson(out));
      out.writeEnd();
    }
    out.writeEnd();
  }
}
