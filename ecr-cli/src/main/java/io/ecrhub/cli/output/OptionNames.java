package io.ecrhub.cli.output;

import io.ecrhub.domain.validation.FieldPath;
import java.util.Map;

/**
 * Which command-line option feeds which protocol field, so that a violation the domain reports as
 * {@code biz_data.order_amount} can tell the user to fix {@code --amount}.
 */
public final class OptionNames {

  private static final String FUEL_PREFIX = FieldPath.FORECOURT_DATA;

  private static final Map<String, String> BY_FIELD =
      Map.ofEntries(
          Map.entry(FieldPath.MERCHANT_ORDER_NO, "--order-no"),
          Map.entry(FieldPath.ORIG_MERCHANT_ORDER_NO, "--orig-order-no"),
          Map.entry(FieldPath.ORDER_AMOUNT, "--amount"),
          Map.entry(FieldPath.TIP_AMOUNT, "--tip"),
          Map.entry(FieldPath.CASHBACK_AMOUNT, "--cashback"),
          Map.entry(FieldPath.PAY_METHOD_ID, "--pay-method"),
          Map.entry(FieldPath.PAY_SCENARIO, "--scenario"),
          Map.entry(FieldPath.ATTACH, "--attach"),
          Map.entry(FieldPath.DESCRIPTION, "--description"),
          Map.entry(FieldPath.NOTIFY_URL, "--notify-url"),
          Map.entry(FieldPath.EXPIRES, "--expires"),
          Map.entry(FieldPath.CONFIRM_ON_TERMINAL, "--confirm-on-terminal"),
          Map.entry(FieldPath.REQUIRED_TERMINAL_AUTHENTICATION, "--manager-auth"),
          // the client builder's setting names
          Map.entry("terminal", "--terminal"),
          Map.entry("appId", "--app-id"),
          Map.entry("connectTimeout", "--connect-timeout"));

  private OptionNames() {}

  /**
   * The option behind {@code field}: {@code --amount} for {@code biz_data.order_amount}, {@code
   * --fuel} for any forecourt field; the field itself when it already is an option ({@code
   * --terminal}) or no option feeds it.
   *
   * @param field a violation's field path, e.g. {@code biz_data.order_amount}
   * @return the CLI option to fix, or {@code field} itself
   */
  public static String forField(String field) {
    if (field.startsWith(FUEL_PREFIX)) {
      return "--fuel";
    }
    return BY_FIELD.getOrDefault(field, field);
  }
}
