package io.ecrhub.protocol.wire;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code biz_data} of an {@code ecrhub.pay.order} request: every field of the seed's table.
 * Amounts are written as strings in major units with their exact scale ({@code "34.50"}); {@code
 * expires} is a number; the two flags are booleans.
 */
@JsonbPropertyOrder({
  "transType",
  "merchantOrderNo",
  "origMerchantOrderNo",
  "orderAmount",
  "tipAmount",
  "cashbackAmount",
  "payMethodId",
  "payScenario",
  "attach",
  "description",
  "notifyUrl",
  "expires",
  "confirmOnTerminal",
  "requiredTerminalAuthentication",
  "forecourtData"
})
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
    List<ForecourtItemData> forecourtData) {}
