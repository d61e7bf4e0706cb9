package io.ecrhub.simulator.internal;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.protocol.codec.WireObject;
import io.ecrhub.protocol.terminal.TerminalRequest;
import io.ecrhub.simulator.SimulatorOptions;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The checks a {@code pay.order} passes before the terminal looks at its ledger, in the terminal's
 * order of precedence: the {@code app_id} ({@code 202}), the transaction type ({@code 114}), the
 * format of the amounts ({@code 121}), then every other rule of the order ({@code 202}, with every
 * violation in {@code response_msg}).
 */
public final class OrderScreening {

  /** The amounts whose raw text is checked for {@code 121}. */
  private static final List<String> AMOUNT_FIELDS =
      List.of("order_amount", "tip_amount", "cashback_amount");

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  /** The scale of the simulated terminal's currency: two fraction digits, as the seed's USD. */
  public static final CurrencyScale SCALE = CurrencyScale.TWO;

  private OrderScreening() {}

  /**
   * The order, or the first refusal in order of precedence.
   *
   * @param options the simulator's options, for the expected {@code app_id}
   * @param request the request as read from the wire
   * @param order the request's {@code biz_data} already validated as an order
   * @return the valid order, or the refusal to answer with
   */
  public static Either<Refusal, PaymentOrder> screen(
      SimulatorOptions options,
      TerminalRequest request,
      Validation<Seq<Violation>, PaymentOrder> order) {
    WireObject biz = request.message().biz();
    Option<Refusal> refusal =
        wrongAppId(options, request)
            .orElse(() -> unsupportedType(biz))
            .orElse(() -> malformedAmounts(biz));
    if (refusal.isDefined()) {
      return Either.left(refusal.get());
    }
    return order.isValid()
        ? Either.right(order.get())
        : Either.left(Refusal.parameterError(order.getError()));
  }

  /**
   * {@code 202} when this terminal has an app id and the request names another (or none).
   *
   * @param options the simulator's options, for the expected {@code app_id}
   * @param request the request as read from the wire
   * @return the {@code 202} refusal, or none when any app id is accepted or the request's matches
   */
  public static Option<Refusal> wrongAppId(SimulatorOptions options, TerminalRequest request) {
    return options
        .appId()
        .filter(expected -> !expected.equals(request.appId()))
        .map(
            expected ->
                new Refusal(
                    ResponseCode.PARAMETER_ERROR,
                    request.appId().isEmpty()
                        ? "app_id: is required by this terminal"
                        : "app_id: "
                            + Checks.quote(request.appId())
                            + " is not the app id of this terminal"));
  }

  /**
   * A field's text as sent; null when absent or not a scalar. Never throws.
   *
   * @param biz the request's {@code biz_data}
   * @param field the wire name of the field
   * @return the text as sent, or {@code null}
   */
  public static String rawText(WireObject biz, String field) {
    return Try.of(() -> biz.text(field).getOrNull()).getOrNull();
  }

  private static Option<Refusal> unsupportedType(WireObject biz) {
    String raw = rawText(biz, "trans_type");
    if (raw == null || raw.isBlank() || TransactionType.of(raw).isKnown()) {
      // a missing type is a missing field: the order's validation reports it as 202
      return Option.none();
    }
    return Option.some(
        new Refusal(
            ResponseCode.UNSUPPORTED_TYPE,
            FieldPath.TRANS_TYPE
                + ": "
                + Checks.quote(raw)
                + " is not supported by this terminal"));
  }

  /**
   * {@code 121} when an amount is present but not written as an amount: an exponent, a sign, more
   * fraction digits than the currency has, anything but digits and a dot. A well-written amount
   * that breaks a rule (zero, too large) is left to the order's validation.
   */
  private static Option<Refusal> malformedAmounts(WireObject biz) {
    Seq<Violation> violations =
        AMOUNT_FIELDS.flatMap(
            field -> {
              String raw = rawText(biz, field);
              String path = FieldPath.BIZ_DATA + "." + field;
              Validation<Seq<Violation>, Amount> parsed = Amount.parse(raw, SCALE, path);
              return raw != null && parsed.isInvalid() && isMalformed(raw)
                  ? parsed.getError()
                  : List.<Violation>empty();
            });
    return violations.isEmpty()
        ? Option.none()
        : Option.some(new Refusal(ResponseCode.AMOUNT_FORMAT, violations.mkString("; ")));
  }

  private static boolean isMalformed(String raw) {
    return !PLAIN_DECIMAL.matcher(raw).matches()
        || new BigDecimal(raw).stripTrailingZeros().scale() > SCALE.digits();
  }
}
