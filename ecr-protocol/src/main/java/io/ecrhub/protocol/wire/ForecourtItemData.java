package io.ecrhub.protocol.wire;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.math.BigDecimal;

/**
 * One {@code forecourt_data} item.
 *
 * @param code product code, {@code "02"}
 * @param quantity litres with exactly three decimals, {@code "1.050"}
 * @param amount integer cents as a string, {@code "100"}
 */
public record ForecourtItemData(
    String code, @JsonbTypeAdapter(ExactDecimalAdapter.class) BigDecimal quantity, String amount) {}
