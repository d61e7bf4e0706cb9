package io.ecrhub.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.ForecourtItem;
import io.ecrhub.domain.model.Litres;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.PayMethod;
import io.ecrhub.domain.model.PayScenario;
import io.ecrhub.domain.model.ProductCode;
import io.ecrhub.domain.validation.InvalidInputException;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The order records enforce the same rules as {@link OrderDraft} when built from typed values. */
class OrderRecordsTest {

  private static final MerchantOrderNo NEW = new MerchantOrderNo("N2");
  private static final MerchantOrderNo ORIGINAL = new MerchantOrderNo("N1");
  private static final Amount TEN = Amount.parseOrThrow("10.00");
  private static final Amount ZERO = Amount.parseOrThrow("0");
  private static final OrderOptions NONE = OrderOptions.NONE;
  private static final Seq<ForecourtItem> NO_FUEL = List.empty();

  @Nested
  class Shapes {

    @Test
    void a_refund_carries_an_original_order_and_no_tip_cashback_or_fuel() {
      assertThat(components(Refund.class))
          .containsExactly("merchantOrderNo", "original", "orderAmount", "options");
    }

    @Test
    void a_void_carries_an_original_order_and_no_tip_cashback_or_fuel() {
      assertThat(components(VoidOrder.class))
          .containsExactly("merchantOrderNo", "original", "orderAmount", "options");
    }

    @Test
    void a_pre_authorisation_cancel_may_carry_an_original_order_and_no_tip() {
      assertThat(components(PreAuthCancel.class))
          .containsExactly("merchantOrderNo", "original", "orderAmount", "options");
      assertThat(PreAuthCancel.class.getRecordComponents()[1].getType()).isEqualTo(Option.class);
    }

    @Test
    void a_completion_carries_an_original_order_a_tip_and_fuel() {
      assertThat(components(Completion.class))
          .containsExactly(
              "merchantOrderNo",
              "original",
              "orderAmount",
              "tipAmount",
              "forecourtData",
              "options");
    }

    @Test
    void a_sale_and_a_pre_authorisation_carry_no_original_order_and_no_cashback() {
      assertThat(components(Sale.class))
          .containsExactly(
              "merchantOrderNo", "orderAmount", "tipAmount", "forecourtData", "options");
      assertThat(components(PreAuth.class))
          .containsExactly(
              "merchantOrderNo", "orderAmount", "tipAmount", "forecourtData", "options");
    }

    @Test
    void a_cashback_sale_always_carries_cashback_and_no_original_order_or_fuel() {
      assertThat(components(CashbackSale.class))
          .containsExactly("merchantOrderNo", "orderAmount", "cashback", "tipAmount", "options");
      assertThat(CashbackSale.class.getRecordComponents()[2].getType()).isEqualTo(Amount.class);
    }

    @Test
    void types_without_an_original_report_none_and_others_report_theirs() {
      assertThat(new Sale(NEW, TEN, Option.none(), NO_FUEL, NONE).origMerchantOrderNo()).isEmpty();
      assertThat(new Refund(NEW, ORIGINAL, TEN, NONE).origMerchantOrderNo())
          .containsExactly(ORIGINAL);
      assertThat(new Refund(NEW, ORIGINAL, TEN, NONE).tipAmount()).isEmpty();
      assertThat(new Refund(NEW, ORIGINAL, TEN, NONE).forecourtData()).isEmpty();
    }

    private java.util.List<String> components(Class<?> record) {
      return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }
  }

  @Nested
  class OriginalOrders {

    @Test
    void refund_with_its_own_number_as_original_is_rejected() {
      assertRejected(() -> new Refund(NEW, NEW, TEN, NONE), "biz_data.orig_merchant_order_no");
    }

    @Test
    void void_with_its_own_number_as_original_is_rejected() {
      assertRejected(() -> new VoidOrder(NEW, NEW, TEN, NONE), "biz_data.orig_merchant_order_no");
    }

    @Test
    void completion_with_its_own_number_as_original_is_rejected() {
      assertRejected(
          () -> new Completion(NEW, NEW, TEN, Option.none(), NO_FUEL, NONE),
          "biz_data.orig_merchant_order_no");
    }

    @Test
    void pre_authorisation_cancel_with_its_own_number_as_original_is_rejected() {
      assertRejected(
          () -> new PreAuthCancel(NEW, Option.some(NEW), TEN, NONE),
          "biz_data.orig_merchant_order_no");
    }

    @Test
    void pre_authorisation_cancel_without_original_is_accepted() {
      assertThatNoException().isThrownBy(() -> new PreAuthCancel(NEW, Option.none(), TEN, NONE));
    }

    @Test
    void refund_without_original_order_is_rejected() {
      assertThatThrownBy(() -> new Refund(NEW, null, TEN, NONE))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class Amounts {

    @Test
    void every_order_type_refuses_a_zero_order_amount() {
      java.util.List<ThrowingCallable> constructors =
          java.util.List.of(
              () -> new Sale(NEW, ZERO, Option.none(), NO_FUEL, NONE),
              () -> new PreAuth(NEW, ZERO, Option.none(), NO_FUEL, NONE),
              () -> new Completion(NEW, ORIGINAL, ZERO, Option.none(), NO_FUEL, NONE),
              () -> new CashbackSale(NEW, ZERO, TEN, Option.none(), NONE),
              () -> new VoidOrder(NEW, ORIGINAL, ZERO, NONE),
              () -> new Refund(NEW, ORIGINAL, ZERO, NONE),
              () -> new PreAuthCancel(NEW, Option.none(), ZERO, NONE));

      constructors.forEach(constructor -> assertRejected(constructor, "biz_data.order_amount"));
    }

    @Test
    void cashback_sale_refuses_a_zero_cashback() {
      assertRejected(
          () -> new CashbackSale(NEW, TEN, ZERO, Option.none(), NONE), "biz_data.cashback_amount");
    }

    @Test
    void cashback_sale_reports_its_cashback() {
      assertThat(new CashbackSale(NEW, TEN, TEN, Option.none(), NONE).cashbackAmount())
          .containsExactly(TEN);
    }

    @Test
    void a_tip_in_another_currency_scale_is_rejected() {
      Amount tipAtThreeDigits = Amount.ofMinorUnits(1000, CurrencyScale.THREE);

      assertRejected(
          () -> new Sale(NEW, TEN, Option.some(tipAtThreeDigits), NO_FUEL, NONE),
          "biz_data.tip_amount");
    }

    @Test
    void a_cashback_in_another_currency_scale_is_rejected() {
      Amount cashbackAtNoDigits = Amount.ofMinorUnits(10, CurrencyScale.ZERO);

      assertRejected(
          () -> new CashbackSale(NEW, TEN, cashbackAtNoDigits, Option.none(), NONE),
          "biz_data.cashback_amount");
    }

    @Test
    void every_broken_rule_is_reported_in_one_exception() {
      assertThatThrownBy(() -> new CashbackSale(NEW, ZERO, ZERO, Option.none(), NONE))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              thrown ->
                  assertThat(thrown.violations().map(v -> v.field()))
                      .containsExactly("biz_data.order_amount", "biz_data.cashback_amount"));
    }
  }

  @Nested
  class Forecourt {

    private final Seq<ForecourtItem> nineNinetyNine =
        List.of(item(500), item(499)); // 9.99, one cent short of TEN

    @Test
    void sale_refuses_fuel_lines_that_do_not_add_up() {
      assertRejected(
          () -> new Sale(NEW, TEN, Option.none(), nineNinetyNine, NONE), "biz_data.forecourt_data");
    }

    @Test
    void pre_authorisation_refuses_fuel_lines_that_do_not_add_up() {
      assertRejected(
          () -> new PreAuth(NEW, TEN, Option.none(), nineNinetyNine, NONE),
          "biz_data.forecourt_data");
    }

    @Test
    void completion_refuses_fuel_lines_that_do_not_add_up() {
      assertRejected(
          () -> new Completion(NEW, ORIGINAL, TEN, Option.none(), nineNinetyNine, NONE),
          "biz_data.forecourt_data");
    }

    @Test
    void fuel_lines_that_add_up_are_accepted() {
      Seq<ForecourtItem> tenExactly = List.of(item(500), item(500));

      assertThat(new Sale(NEW, TEN, Option.none(), tenExactly, NONE).forecourtData())
          .containsExactlyElementsOf(tenExactly);
    }

    @Test
    void the_tip_is_not_part_of_the_fuel_sum() {
      Seq<ForecourtItem> tenExactly = List.of(item(1000));

      assertThatNoException()
          .isThrownBy(
              () -> new Sale(NEW, TEN, Option.some(Amount.parseOrThrow("2.00")), tenExactly, NONE));
    }

    private ForecourtItem item(long cents) {
      return new ForecourtItem(new ProductCode("02"), Litres.parseOrThrow("1.5"), cents);
    }
  }

  @Nested
  class OptionsRecord {

    @Test
    void expires_of_zero_is_rejected() {
      assertRejected(
          () ->
              new OrderOptions(
                  Option.none(),
                  Option.none(),
                  Option.none(),
                  Option.none(),
                  Option.none(),
                  Option.some(0),
                  Option.none(),
                  Option.none()),
          "biz_data.expires");
    }

    @Test
    void attach_with_a_line_break_is_rejected() {
      assertRejected(
          () ->
              new OrderOptions(
                  Option.none(),
                  Option.none(),
                  Option.some("a\r\nb"),
                  Option.none(),
                  Option.none(),
                  Option.none(),
                  Option.none(),
                  Option.none()),
          "biz_data.attach");
    }

    @Test
    void with_pay_method_keeps_every_other_option() {
      OrderOptions options = options(Option.none());

      assertThat(options.withPayMethod(PayMethod.VISA))
          .isEqualTo(options(Option.some(PayMethod.VISA)));
    }

    @Test
    void with_pay_scenario_keeps_every_other_option() {
      OrderOptions options = options(Option.some(PayMethod.VISA));

      OrderOptions changed = options.withPayScenario(PayScenario.of("BSCANQ"));

      assertThat(changed.payScenario()).contains(PayScenario.of("BSCANQ"));
      assertThat(changed.withPayScenario(PayScenario.SWIPE_CARD)).isEqualTo(options);
    }

    private OrderOptions options(Option<PayMethod> payMethod) {
      return new OrderOptions(
          payMethod,
          Option.some(PayScenario.SWIPE_CARD),
          Option.some("a"),
          Option.some("d"),
          Option.none(),
          Option.some(30),
          Option.some(false),
          Option.some(true));
    }
  }

  private static void assertRejected(ThrowingCallable constructor, String field) {
    assertThatThrownBy(constructor)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            thrown -> assertThat(thrown.violations().map(v -> v.field())).containsExactly(field));
  }
}
