package io.ecrhub.domain.order;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.ForecourtItem;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.NotifyUrl;
import io.ecrhub.domain.model.PayMethod;
import io.ecrhub.domain.model.PayScenario;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.domain.validation.ViolationCollector;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.function.Function;

/**
 * An order as typed by a cashier, given on a command line or received on the wire: raw text for
 * every field. {@link #validate()} parses all of it and returns either a {@link PaymentOrder} or
 * every violation found — field paths and sentences — in one result.
 *
 * <pre>{@code
 * PaymentOrder order = OrderDraft.sale()
 *     .merchantOrderNo("A1001")
 *     .orderAmount("34.50")
 *     .tipAmount("2.00")
 *     .build();                  // or validate() for a Validation
 * }</pre>
 *
 * A draft is a mutable builder and not thread-safe; the order it produces is immutable.
 */
public final class OrderDraft {

  private final String transType;
  private CurrencyScale currencyScale = CurrencyScale.defaultScale();
  private String merchantOrderNo;
  private String origMerchantOrderNo;
  private String orderAmount;
  private String tipAmount;
  private String cashbackAmount;
  private String payMethodId;
  private String payScenario;
  private String attach;
  private String description;
  private String notifyUrl;
  private String expires;
  private String confirmOnTerminal;
  private String requiredTerminalAuthentication;
  private List<RawForecourtItem> forecourtData;

  private OrderDraft(String transType) {
    this.transType = transType;
  }

  /**
   * A draft of the given transaction type code, as it came from the wire or a user.
   *
   * @param transType the {@code trans_type} code, e.g. {@code "1"} for a sale; an unknown or blank
   *     code is reported by {@link #validate()}
   * @return an empty draft of that type
   */
  public static OrderDraft ofType(String transType) {
    return new OrderDraft(transType);
  }

  /**
   * A draft of the given transaction type.
   *
   * @param type the transaction type; one this SDK cannot send is reported by {@link #validate()}
   * @return an empty draft of that type
   */
  public static OrderDraft ofType(TransactionType type) {
    return new OrderDraft(type.code());
  }

  /**
   * A sale: takes {@code orderAmount}, optionally a tip and fuel lines.
   *
   * @return an empty sale draft
   */
  public static OrderDraft sale() {
    return ofType(TransactionType.SALE);
  }

  /**
   * A void of an earlier order: needs {@code origMerchantOrderNo}.
   *
   * @return an empty void draft
   */
  public static OrderDraft voidOrder() {
    return ofType(TransactionType.VOID);
  }

  /**
   * A refund of an earlier order: needs {@code origMerchantOrderNo}.
   *
   * @return an empty refund draft
   */
  public static OrderDraft refund() {
    return ofType(TransactionType.REFUND);
  }

  /**
   * A pre-authorisation, which holds funds for a later completion; optionally a tip and fuel lines.
   *
   * @return an empty pre-authorisation draft
   */
  public static OrderDraft preAuth() {
    return ofType(TransactionType.PRE_AUTH);
  }

  /**
   * A pre-authorisation cancel, which releases held funds; {@code origMerchantOrderNo} is optional.
   *
   * @return an empty pre-authorisation cancel draft
   */
  public static OrderDraft preAuthCancel() {
    return ofType(TransactionType.PRE_AUTH_CANCEL);
  }

  /**
   * A completion of a pre-authorisation: needs {@code origMerchantOrderNo}; optionally a tip and
   * fuel lines.
   *
   * @return an empty completion draft
   */
  public static OrderDraft completion() {
    return ofType(TransactionType.COMPLETION);
  }

  /**
   * A sale with cash back: needs {@code cashbackAmount}; optionally a tip, no fuel lines.
   *
   * @return an empty cashback draft
   */
  public static OrderDraft cashback() {
    return ofType(TransactionType.CASHBACK);
  }

  /**
   * The currency's fraction digits; amounts with more are refused. Default: 2.
   *
   * @param scale the scale amounts are parsed at; not null
   * @return this draft
   */
  public OrderDraft currencyScale(CurrencyScale scale) {
    this.currencyScale = Objects.requireNonNull(scale, "scale");
    return this;
  }

  /**
   * {@code merchant_order_no}: a new number for this order, 1 to 32 ASCII letters or digits.
   * Required.
   *
   * @param value the number, or {@code null} to clear it
   * @return this draft
   */
  public OrderDraft merchantOrderNo(String value) {
    this.merchantOrderNo = value;
    return this;
  }

  /**
   * {@code orig_merchant_order_no}: the order a void, refund or completion refers to; must differ
   * from this order's number.
   *
   * @param value the original order's number, or {@code null} to clear it
   * @return this draft
   */
  public OrderDraft origMerchantOrderNo(String value) {
    this.origMerchantOrderNo = value;
    return this;
  }

  /**
   * In major units: {@code "34.50"} is 34.50, not cents.
   *
   * @param value the amount, positive, with at most the currency scale's fraction digits. Required.
   * @return this draft
   */
  public OrderDraft orderAmount(String value) {
    this.orderAmount = value;
    return this;
  }

  /**
   * {@code tip_amount} in major units; refused on a void, refund or pre-authorisation cancel.
   *
   * @param value the tip, or {@code null} for none
   * @return this draft
   */
  public OrderDraft tipAmount(String value) {
    this.tipAmount = value;
    return this;
  }

  /**
   * {@code cashback_amount} in major units; required on a cashback sale, refused on any other type.
   *
   * @param value the cash back, positive, or {@code null} for none
   * @return this draft
   */
  public OrderDraft cashbackAmount(String value) {
    this.cashbackAmount = value;
    return this;
  }

  /**
   * {@code pay_method_id}: restricts the payment to one method; absent lets the customer choose on
   * the terminal.
   *
   * @param value the method's id, or {@code null} for none
   * @return this draft
   */
  public OrderDraft payMethodId(String value) {
    this.payMethodId = value;
    return this;
  }

  /**
   * {@code pay_scenario}: how the customer pays, e.g. {@code SWIPE_CARD}; an open set of names.
   *
   * @param value the scenario's code, or {@code null} for none
   * @return this draft
   */
  public OrderDraft payScenario(String value) {
    this.payScenario = value;
    return this;
  }

  /**
   * {@code attach}: merchant data the terminal returns as is; at most {@value
   * OrderOptions#MAX_TEXT_LENGTH} characters, no control characters except tab.
   *
   * @param value the data, or {@code null} for none
   * @return this draft
   */
  public OrderDraft attach(String value) {
    this.attach = value;
    return this;
  }

  /**
   * {@code description} of the goods or service; at most {@value OrderOptions#MAX_TEXT_LENGTH}
   * characters, no control characters except tab.
   *
   * @param value the description, or {@code null} for none
   * @return this draft
   */
  public OrderDraft description(String value) {
    this.description = value;
    return this;
  }

  /**
   * {@code notify_url}: where the gateway posts payment notifications; an absolute {@code http} or
   * {@code https} URL.
   *
   * @param value the URL, or {@code null} for none
   * @return this draft
   */
  public OrderDraft notifyUrl(String value) {
    this.notifyUrl = value;
    return this;
  }

  /**
   * {@code expires}: seconds after which the order may no longer be paid.
   *
   * @param seconds more than zero
   * @return this draft
   */
  public OrderDraft expires(int seconds) {
    return expires(Integer.toString(seconds));
  }

  /**
   * Seconds as text, as a terminal or a command line may give them ({@code "30"}).
   *
   * @param seconds a whole number of seconds, more than zero, or {@code null} for none
   * @return this draft
   */
  public OrderDraft expires(String seconds) {
    this.expires = seconds;
    return this;
  }

  /**
   * {@code confirm_on_terminal}, sent as given; absent leaves the terminal its default.
   *
   * @param value the flag
   * @return this draft
   */
  public OrderDraft confirmOnTerminal(boolean value) {
    return confirmOnTerminal(Boolean.toString(value));
  }

  /**
   * {@code "true"} or {@code "false"}, as text.
   *
   * @param value the flag as text, case-insensitive, or {@code null} for the terminal's default
   * @return this draft
   */
  public OrderDraft confirmOnTerminal(String value) {
    this.confirmOnTerminal = value;
    return this;
  }

  /**
   * {@code required_terminal_authentication}: whether a void or refund needs manager authorisation
   * on the terminal; absent leaves the terminal's default.
   *
   * @param value the flag
   * @return this draft
   */
  public OrderDraft requiredTerminalAuthentication(boolean value) {
    return requiredTerminalAuthentication(Boolean.toString(value));
  }

  /**
   * {@code "true"} or {@code "false"}, as text.
   *
   * @param value the flag as text, case-insensitive, or {@code null} for the terminal's default
   * @return this draft
   */
  public OrderDraft requiredTerminalAuthentication(String value) {
    this.requiredTerminalAuthentication = value;
    return this;
  }

  /**
   * Adds one fuel line: product code ({@code "02"}), litres ({@code "1.050"}) and the line amount
   * in cents ({@code "100"} is 1.00).
   *
   * @param code the product code
   * @param quantity the litres, as a decimal
   * @param amountCents the line amount in minor units of the currency scale
   * @return this draft
   */
  public OrderDraft forecourtItem(String code, String quantity, String amountCents) {
    RawForecourtItem item = new RawForecourtItem(code, quantity, amountCents);
    this.forecourtData = forecourtData == null ? List.of(item) : forecourtData.append(item);
    return this;
  }

  /**
   * Marks {@code forecourt_data} as present but empty, as a wire message with {@code
   * "forecourt_data":[]} does.
   *
   * @return this draft
   */
  public OrderDraft emptyForecourtData() {
    this.forecourtData = List.empty();
    return this;
  }

  /**
   * Parses every field and applies every rule; all violations are reported at once.
   *
   * @return the order, or every violation found; the draft is left unchanged and may be corrected
   *     and validated again
   */
  public Validation<Seq<Violation>, PaymentOrder> validate() {
    ViolationCollector violations = new ViolationCollector();
    Option<OrderKind> kind = Option.of(violations.take(kind()));
    MerchantOrderNo number = violations.take(MerchantOrderNo.of(merchantOrderNo));
    Amount amount =
        violations.take(Amount.parse(orderAmount, currencyScale, FieldPath.ORDER_AMOUNT));
    OrderRules.orderAmountIsPositive(amount, violations);

    Option<MerchantOrderNo> original =
        conditional(
            kind.map(k -> k.original),
            origMerchantOrderNo,
            FieldPath.ORIG_MERCHANT_ORDER_NO,
            kind,
            raw -> MerchantOrderNo.of(raw, FieldPath.ORIG_MERCHANT_ORDER_NO),
            violations);
    Option<Amount> tip =
        conditional(
            kind.map(k -> k.tip),
            tipAmount,
            FieldPath.TIP_AMOUNT,
            kind,
            raw -> Amount.parse(raw, currencyScale, FieldPath.TIP_AMOUNT),
            violations);
    Option<Amount> cashback =
        conditional(
            kind.map(k -> k.cashback),
            cashbackAmount,
            FieldPath.CASHBACK_AMOUNT,
            kind,
            raw -> Amount.parse(raw, currencyScale, FieldPath.CASHBACK_AMOUNT),
            violations);
    Seq<ForecourtItem> forecourt = forecourt(kind, violations);
    OrderOptions options = violations.take(options());

    original.forEach(orig -> OrderRules.originalDiffers(number, orig, violations));
    cashback.forEach(value -> OrderRules.cashbackIsPositive(value, violations));
    OrderRules.forecourtFits(forecourt, violations);
    OrderRules.forecourtAddsUp(forecourt, amount, violations);

    return violations.andThen(
        () -> create(kind.get(), number, original, amount, tip, cashback, forecourt, options));
  }

  /**
   * The order, or an {@link io.ecrhub.domain.validation.InvalidInputException} with every
   * violation.
   *
   * @return the valid order
   * @throws io.ecrhub.domain.validation.InvalidInputException naming every violation
   */
  public PaymentOrder build() {
    return Checks.orThrow(validate());
  }

  private Validation<Seq<Violation>, OrderKind> kind() {
    if (transType == null || transType.isBlank()) {
      return Checks.invalid(FieldPath.TRANS_TYPE, "is required");
    }
    Option<OrderKind> kind = OrderKind.of(TransactionType.of(transType));
    return kind.isDefined()
        ? Validation.valid(kind.get())
        : Checks.invalid(
            FieldPath.TRANS_TYPE,
            "must be one of " + OrderKind.supportedTypes() + "; got " + Checks.quote(transType));
  }

  /**
   * A field that a transaction type needs, accepts or refuses. When the type itself is invalid the
   * field is only parsed, so that its own problems are still reported.
   */
  private static <T> Option<T> conditional(
      Option<Presence> presence,
      String raw,
      String field,
      Option<OrderKind> kind,
      Function<String, Validation<Seq<Violation>, T>> parser,
      ViolationCollector violations) {
    boolean given = raw != null;
    Presence rule = presence.getOrElse(Presence.OPTIONAL);
    if (rule == Presence.REFUSED && given) {
      violations.add(field, "is not allowed on " + kind.get().article);
      return Option.none();
    }
    if (rule == Presence.REQUIRED && !given) {
      violations.add(field, "is required for " + kind.get().article);
      return Option.none();
    }
    return given ? Option.of(violations.take(parser.apply(raw))) : Option.none();
  }

  /** The fuel lines: empty when none were given, {@code null} when one of them did not parse. */
  private Seq<ForecourtItem> forecourt(Option<OrderKind> kind, ViolationCollector violations) {
    if (forecourtData == null) {
      return List.empty();
    }
    if (kind.exists(k -> k.forecourt == Presence.REFUSED)) {
      violations.add(
          FieldPath.FORECOURT_DATA,
          "is only allowed on a sale, a pre-authorisation or a completion, not on "
              + kind.get().article);
      return List.empty();
    }
    Seq<ForecourtItem> items =
        forecourtData
            .zipWithIndex()
            .map(
                indexed ->
                    violations.take(
                        ForecourtItem.of(
                            indexed._1.code(),
                            indexed._1.quantity(),
                            indexed._1.amount(),
                            indexed._2)));
    // A line that did not parse has no amount: summing the others would add a second, misleading
    // violation ("items add up to ...") to the one that names the broken line. Null skips the sum.
    return items.contains(null) ? null : items;
  }

  private Validation<Seq<Violation>, OrderOptions> options() {
    ViolationCollector violations = new ViolationCollector();
    Option<PayMethod> method =
        violations.take(
            Checks.optional(
                Option.of(payMethodId), raw -> PayMethod.of(raw, FieldPath.PAY_METHOD_ID)));
    Option<PayScenario> scenario =
        violations.take(
            Checks.optional(
                Option.of(payScenario), raw -> PayScenario.of(raw, FieldPath.PAY_SCENARIO)));
    Option<NotifyUrl> url =
        violations.take(
            Checks.optional(Option.of(notifyUrl), raw -> NotifyUrl.of(raw, FieldPath.NOTIFY_URL)));
    Option<Integer> expiresSeconds =
        violations.take(Checks.optional(Option.of(expires), OrderDraft::parseExpires));
    Option<Boolean> confirm =
        violations.take(
            Checks.optional(
                Option.of(confirmOnTerminal),
                raw -> parseFlag(raw, FieldPath.CONFIRM_ON_TERMINAL)));
    Option<Boolean> authentication =
        violations.take(
            Checks.optional(
                Option.of(requiredTerminalAuthentication),
                raw -> parseFlag(raw, FieldPath.REQUIRED_TERMINAL_AUTHENTICATION)));
    OrderOptions.checkText(Option.of(attach), FieldPath.ATTACH, violations);
    OrderOptions.checkText(Option.of(description), FieldPath.DESCRIPTION, violations);
    if (expiresSeconds != null) {
      OrderOptions.checkExpires(expiresSeconds, violations);
    }
    return violations.andThen(
        () ->
            new OrderOptions(
                method,
                scenario,
                Option.of(attach),
                Option.of(description),
                url,
                expiresSeconds,
                confirm,
                authentication));
  }

  private static Validation<Seq<Violation>, Integer> parseExpires(String raw) {
    try {
      return Validation.valid(Integer.parseInt(raw.strip()));
    } catch (NumberFormatException e) {
      return Checks.invalid(
          FieldPath.EXPIRES,
          "must be a whole number of seconds such as 180, got " + Checks.quote(raw));
    }
  }

  private static Validation<Seq<Violation>, Boolean> parseFlag(String raw, String field) {
    if ("true".equalsIgnoreCase(raw.strip())) {
      return Validation.valid(true);
    }
    if ("false".equalsIgnoreCase(raw.strip())) {
      return Validation.valid(false);
    }
    return Checks.invalid(field, "must be true or false, got " + Checks.quote(raw));
  }

  private static PaymentOrder create(
      OrderKind kind,
      MerchantOrderNo number,
      Option<MerchantOrderNo> original,
      Amount amount,
      Option<Amount> tip,
      Option<Amount> cashback,
      Seq<ForecourtItem> forecourt,
      OrderOptions options) {
    return switch (kind) {
      case SALE -> new Sale(number, amount, tip, forecourt, options);
      case PRE_AUTH -> new PreAuth(number, amount, tip, forecourt, options);
      case COMPLETION -> new Completion(number, original.get(), amount, tip, forecourt, options);
      case CASHBACK -> new CashbackSale(number, amount, cashback.get(), tip, options);
      case VOID -> new VoidOrder(number, original.get(), amount, options);
      case REFUND -> new Refund(number, original.get(), amount, options);
      case PRE_AUTH_CANCEL -> new PreAuthCancel(number, original, amount, options);
    };
  }

  /** A forecourt line as given, before parsing. */
  private record RawForecourtItem(String code, String quantity, String amount) {}
}
