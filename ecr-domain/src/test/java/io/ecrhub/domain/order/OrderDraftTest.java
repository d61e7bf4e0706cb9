package io.ecrhub.domain.order;

import static io.ecrhub.domain.validation.ValidationAssertions.fields;
import static io.ecrhub.domain.validation.ValidationAssertions.onlyViolation;
import static io.ecrhub.domain.validation.ValidationAssertions.valid;
import static io.ecrhub.domain.validation.ValidationAssertions.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.ForecourtItem;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.PayMethod;
import io.ecrhub.domain.model.PayScenario;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.InvalidInputException;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderDraftTest {

  @Nested
  class TransactionTypes {

    @ParameterizedTest(name = "type {0} builds a {1}")
    @CsvSource({
      "1, Sale",
      "2, VoidOrder",
      "3, Refund",
      "4, PreAuth",
      "5, PreAuthCancel",
      "6, Completion",
      "11, CashbackSale"
    })
    void each_type_builds_its_own_order_record(String code, String record) {
      PaymentOrder order = valid(Drafts.minimal(code).validate());

      assertThat(order.getClass().getSimpleName()).isEqualTo(record);
      assertThat(order.type()).isEqualTo(TransactionType.of(code));
      assertThat(order.merchantOrderNo()).isEqualTo(new MerchantOrderNo(Drafts.NUMBER));
      assertThat(order.orderAmount().toWire()).isEqualTo("20.34");
    }

    @Test
    void a_padded_type_code_is_the_same_type() {
      assertThat(valid(OrderDraft.ofType("01").merchantOrderNo("A1").orderAmount("1").validate()))
          .isInstanceOf(Sale.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "8", "12", "0", "X"})
    void a_type_this_sdk_cannot_send_is_rejected_naming_the_supported_ones(String code) {
      Violation violation =
          onlyViolation(OrderDraft.ofType(code).merchantOrderNo("A1").orderAmount("1").validate());

      assertThat(violation.field()).isEqualTo("biz_data.trans_type");
      assertThat(violation.message())
          .startsWith("must be one of 1 sale, 2 void, 3 refund")
          .endsWith("got '" + code + "'");
    }

    @Test
    void a_missing_type_is_required() {
      Violation violation =
          onlyViolation(OrderDraft.ofType(" ").merchantOrderNo("A1").orderAmount("1").validate());

      assertThat(violation.field()).isEqualTo(FieldPath.TRANS_TYPE);
      assertThat(violation.message()).isEqualTo("is required");
    }
  }

  @Nested
  class OrderNumbersAndAmounts {

    @Test
    void merchant_order_number_is_required() {
      Violation violation = onlyViolation(OrderDraft.sale().orderAmount("1").validate());

      assertThat(violation.field()).isEqualTo(FieldPath.MERCHANT_ORDER_NO);
      assertThat(violation.message()).isEqualTo("is required");
    }

    @Test
    void merchant_order_number_with_a_dash_is_rejected() {
      assertThat(
              onlyViolation(OrderDraft.sale().merchantOrderNo("A-1").orderAmount("1").validate())
                  .field())
          .isEqualTo(FieldPath.MERCHANT_ORDER_NO);
    }

    @Test
    void order_amount_is_required() {
      Violation violation = onlyViolation(OrderDraft.sale().merchantOrderNo("A1").validate());

      assertThat(violation.field()).isEqualTo(FieldPath.ORDER_AMOUNT);
      assertThat(violation.message()).isEqualTo("is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00"})
    void order_amount_of_zero_is_rejected(String amount) {
      Violation violation =
          onlyViolation(OrderDraft.sale().merchantOrderNo("A1").orderAmount(amount).validate());

      assertThat(violation.field()).isEqualTo("biz_data.order_amount");
      assertThat(violation.message()).isEqualTo("must be more than zero");
    }

    @Test
    void order_amount_is_kept_in_major_units_at_the_wire_scale() {
      PaymentOrder order = OrderDraft.sale().merchantOrderNo("A1").orderAmount("34.5").build();

      assertThat(order.orderAmount().toWire()).isEqualTo("34.50");
      assertThat(order.orderAmount().minorUnits()).isEqualTo(3450);
    }

    @Test
    void the_currency_scale_applies_to_every_amount_of_the_draft() {
      Seq<Violation> violations =
          violations(
              OrderDraft.cashback()
                  .currencyScale(CurrencyScale.ZERO)
                  .merchantOrderNo("A1")
                  .orderAmount("1000.5")
                  .tipAmount("0.5")
                  .cashbackAmount("100.5")
                  .validate());

      assertThat(fields(violations))
          .containsExactly(FieldPath.ORDER_AMOUNT, FieldPath.TIP_AMOUNT, FieldPath.CASHBACK_AMOUNT);
      assertThat(violations.map(Violation::message))
          .allMatch(message -> message.contains("allows at most 0"));
    }

    @Test
    void a_three_digit_currency_keeps_its_third_digit() {
      PaymentOrder order =
          OrderDraft.sale()
              .currencyScale(CurrencyScale.THREE)
              .merchantOrderNo("A1")
              .orderAmount("1.005")
              .tipAmount("0.5")
              .build();

      assertThat(order.orderAmount().toWire()).isEqualTo("1.005");
      assertThat(order.tipAmount().get().toWire()).isEqualTo("0.500");
    }
  }

  @Nested
  class OriginalOrderNumber {

    @ParameterizedTest(name = "type {0}")
    @ValueSource(strings = {"2", "3", "6"})
    void is_required_for_void_refund_and_completion(String type) {
      Violation violation =
          onlyViolation(
              OrderDraft.ofType(type).merchantOrderNo("R1").orderAmount("5.00").validate());

      assertThat(violation.field()).isEqualTo("biz_data.orig_merchant_order_no");
      assertThat(violation.message()).startsWith("is required for a ");
    }

    @Test
    void refund_without_original_order_is_rejected() {
      Violation violation =
          onlyViolation(OrderDraft.refund().merchantOrderNo("R1").orderAmount("5.00").validate());

      assertThat(violation)
          .hasToString("biz_data.orig_merchant_order_no: is required for a refund");
    }

    @ParameterizedTest(name = "type {0}")
    @ValueSource(strings = {"2", "3", "6"})
    void is_carried_for_void_refund_and_completion(String type) {
      PaymentOrder order = valid(Drafts.minimal(type).validate());

      assertThat(order.origMerchantOrderNo()).containsExactly(new MerchantOrderNo(Drafts.ORIGINAL));
    }

    @Test
    void is_optional_for_a_pre_authorisation_cancel() {
      PaymentOrder without = valid(Drafts.minimal(TransactionType.PRE_AUTH_CANCEL).validate());
      PaymentOrder with =
          valid(
              Drafts.minimal(TransactionType.PRE_AUTH_CANCEL)
                  .origMerchantOrderNo(Drafts.ORIGINAL)
                  .validate());

      assertThat(without.origMerchantOrderNo().isEmpty()).isTrue();
      assertThat(with.origMerchantOrderNo()).containsExactly(new MerchantOrderNo(Drafts.ORIGINAL));
    }

    @ParameterizedTest(name = "type {0}")
    @CsvSource({"1, a sale", "4, a pre-authorisation", "11, a cashback sale"})
    void is_refused_on_sale_pre_authorisation_and_cashback(String type, String article) {
      Violation violation =
          onlyViolation(Drafts.minimal(type).origMerchantOrderNo(Drafts.ORIGINAL).validate());

      assertThat(violation.field()).isEqualTo(FieldPath.ORIG_MERCHANT_ORDER_NO);
      assertThat(violation.message()).isEqualTo("is not allowed on " + article);
    }

    @ParameterizedTest(name = "type {0}")
    @ValueSource(strings = {"2", "3", "5", "6"})
    void must_differ_from_the_new_order_number(String type) {
      Violation violation =
          onlyViolation(Drafts.minimal(type).origMerchantOrderNo(Drafts.NUMBER).validate());

      assertThat(violation.field()).isEqualTo(FieldPath.ORIG_MERCHANT_ORDER_NO);
      assertThat(violation.message())
          .startsWith("must differ from merchant_order_no")
          .contains(Drafts.NUMBER);
    }

    @Test
    void is_checked_like_any_order_number_and_named_as_the_original() {
      Violation violation =
          onlyViolation(
              Drafts.minimal(TransactionType.REFUND).origMerchantOrderNo("O 1").validate());

      assertThat(violation.field()).isEqualTo("biz_data.orig_merchant_order_no");
      assertThat(violation.message()).startsWith("may contain only letters");
    }
  }

  @Nested
  class PayMethods {

    @ParameterizedTest(name = "type {0}")
    @ValueSource(strings = {"1", "2", "3", "4", "5", "6", "11"})
    void are_never_required(String type) {
      PaymentOrder order = valid(Drafts.minimal(type).validate());

      assertThat(order.options().payMethod().isEmpty()).isTrue();
    }

    @Test
    void refund_without_pay_method_is_accepted() {
      assertThat(
              OrderDraft.refund()
                  .merchantOrderNo("R1")
                  .origMerchantOrderNo("S1")
                  .orderAmount("5.00")
                  .validate()
                  .isValid())
          .isTrue();
    }

    @Test
    void a_given_pay_method_and_scenario_are_kept_even_when_no_table_names_them() {
      PaymentOrder order =
          Drafts.minimal(TransactionType.SALE)
              .payMethodId("FooPay")
              .payScenario("BSCANQR_PAY")
              .build();

      assertThat(order.options().payMethod()).containsExactly(PayMethod.of("FooPay"));
      assertThat(order.options().payScenario()).containsExactly(PayScenario.B_SCAN_QR_PAY);
    }

    @Test
    void a_blank_pay_method_is_rejected() {
      assertThat(
              onlyViolation(Drafts.minimal(TransactionType.SALE).payMethodId(" ").validate())
                  .field())
          .isEqualTo(FieldPath.PAY_METHOD_ID);
    }
  }

  @Nested
  class Cashback {

    @Test
    void is_required_for_a_cashback_sale() {
      Violation violation =
          onlyViolation(OrderDraft.cashback().merchantOrderNo("C1").orderAmount("20").validate());

      assertThat(violation)
          .hasToString("biz_data.cashback_amount: is required for a cashback sale");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00"})
    void must_be_more_than_zero(String cashback) {
      Violation violation =
          onlyViolation(
              Drafts.minimal(TransactionType.CASHBACK).cashbackAmount(cashback).validate());

      assertThat(violation.field()).isEqualTo(FieldPath.CASHBACK_AMOUNT);
      assertThat(violation.message()).isEqualTo("must be more than zero for a cashback sale");
    }

    @Test
    void is_carried_at_the_wire_scale() {
      PaymentOrder order = Drafts.minimal(TransactionType.CASHBACK).cashbackAmount("12.5").build();

      assertThat(order).isInstanceOf(CashbackSale.class);
      assertThat(order.cashbackAmount().map(Amount::toWire)).containsExactly("12.50");
    }

    @ParameterizedTest(name = "type {0}")
    @ValueSource(strings = {"1", "2", "3", "4", "5", "6"})
    void is_refused_on_every_other_type(String type) {
      Violation violation = onlyViolation(Drafts.minimal(type).cashbackAmount("1.00").validate());

      assertThat(violation.field()).isEqualTo(FieldPath.CASHBACK_AMOUNT);
      assertThat(violation.message()).startsWith("is not allowed on ");
    }

    @Test
    void a_negative_cashback_is_named_as_cashback() {
      Violation violation =
          onlyViolation(Drafts.minimal(TransactionType.CASHBACK).cashbackAmount("-1").validate());

      assertThat(violation.field()).isEqualTo(FieldPath.CASHBACK_AMOUNT);
      assertThat(violation.message()).startsWith("must not be negative");
    }
  }

  @Nested
  class Tips {

    @ParameterizedTest(name = "type {0}")
    @CsvSource({"2, a void", "3, a refund", "5, a pre-authorisation cancel"})
    void are_refused_on_void_refund_and_pre_authorisation_cancel(String type, String article) {
      Violation violation = onlyViolation(Drafts.minimal(type).tipAmount("1.00").validate());

      assertThat(violation.field()).isEqualTo("biz_data.tip_amount");
      assertThat(violation.message()).isEqualTo("is not allowed on " + article);
    }

    @ParameterizedTest(name = "type {0}")
    @ValueSource(strings = {"1", "4", "6", "11"})
    void are_accepted_on_sale_pre_authorisation_completion_and_cashback(String type) {
      PaymentOrder order = valid(Drafts.minimal(type).tipAmount("2").validate());

      assertThat(order.tipAmount().map(Amount::toWire)).containsExactly("2.00");
    }

    @Test
    void a_zero_tip_is_a_tip_of_zero() {
      PaymentOrder order = Drafts.minimal(TransactionType.SALE).tipAmount("0").build();

      assertThat(order.tipAmount().map(Amount::toWire)).containsExactly("0.00");
    }

    @Test
    void an_absent_tip_stays_absent() {
      assertThat(Drafts.minimal(TransactionType.SALE).build().tipAmount().isEmpty()).isTrue();
    }
  }

  @Nested
  class ForecourtData {

    @ParameterizedTest(name = "type {0}")
    @ValueSource(strings = {"1", "4", "6"})
    void is_accepted_on_sale_pre_authorisation_and_completion(String type) {
      PaymentOrder order =
          valid(
              Drafts.minimal(type)
                  .orderAmount("20.34")
                  .forecourtItem("02", "10.5", "2000")
                  .forecourtItem("95", "0.25", "34")
                  .validate());

      Seq<ForecourtItem> items = order.forecourtData();
      assertThat(items.map(item -> item.code().value())).containsExactly("02", "95");
      assertThat(items.map(item -> item.quantity().toWire())).containsExactly("10.500", "0.250");
      assertThat(items.map(ForecourtItem::amountToWire)).containsExactly("2000", "34");
    }

    @ParameterizedTest(name = "type {0}")
    @CsvSource({"2, a void", "3, a refund", "5, a pre-authorisation cancel", "11, a cashback sale"})
    void is_refused_on_every_other_type(String type, String article) {
      Violation violation =
          onlyViolation(Drafts.minimal(type).forecourtItem("02", "1", "2034").validate());

      assertThat(violation.field()).isEqualTo("biz_data.forecourt_data");
      assertThat(violation.message())
          .isEqualTo(
              "is only allowed on a sale, a pre-authorisation or a completion, not on " + article);
    }

    @Test
    void an_empty_list_counts_as_given_and_is_refused_on_a_refund() {
      assertThat(
              onlyViolation(Drafts.minimal(TransactionType.REFUND).emptyForecourtData().validate())
                  .field())
          .isEqualTo(FieldPath.FORECOURT_DATA);
    }

    @Test
    void an_empty_list_on_a_sale_is_no_fuel_lines() {
      assertThat(Drafts.minimal(TransactionType.SALE).emptyForecourtData().build().forecourtData())
          .isEmpty();
    }

    @Test
    void item_amounts_must_add_up_to_the_order_amount_and_the_message_shows_both_sums() {
      Violation violation =
          onlyViolation(
              OrderDraft.sale()
                  .merchantOrderNo("F1")
                  .orderAmount("34.50")
                  .forecourtItem("02", "20", "3000")
                  .forecourtItem("03", "3.5", "449")
                  .validate());

      assertThat(violation.field()).isEqualTo("biz_data.forecourt_data");
      assertThat(violation.message())
          .isEqualTo("item amounts add up to 3449 cents but order_amount 34.50 is 3450 cents");
    }

    @Test
    void items_are_named_by_their_position() {
      Seq<Violation> violations =
          violations(
              OrderDraft.sale()
                  .merchantOrderNo("F1")
                  .orderAmount("2.00")
                  .forecourtItem("02", "1.000", "100")
                  .forecourtItem("03", "1.0005", "100")
                  .forecourtItem("X4", "1", "100")
                  .validate());

      assertThat(fields(violations))
          .contains("biz_data.forecourt_data[1].quantity", "biz_data.forecourt_data[2].code");
    }

    @Test
    void a_broken_item_is_reported_alone_not_also_as_a_wrong_sum() {
      Violation violation =
          onlyViolation(
              OrderDraft.sale()
                  .merchantOrderNo("F1")
                  .orderAmount("2.00")
                  .forecourtItem("02", "1.000", "100")
                  .forecourtItem("03", "1.000", "1OO")
                  .validate());

      assertThat(violation.field()).isEqualTo("biz_data.forecourt_data[1].amount");
    }

    @Test
    void the_sum_is_not_checked_against_an_order_amount_that_did_not_parse() {
      Violation violation =
          onlyViolation(
              OrderDraft.sale()
                  .merchantOrderNo("F1")
                  .orderAmount("2,00")
                  .forecourtItem("02", "1.000", "100")
                  .validate());

      assertThat(violation.field()).isEqualTo(FieldPath.ORDER_AMOUNT);
    }
  }

  @Nested
  class Options {

    @Test
    void absent_options_stay_absent() {
      OrderOptions options = Drafts.minimal(TransactionType.SALE).build().options();

      assertThat(options).isEqualTo(OrderOptions.NONE);
      assertThat(options.confirmOnTerminal().isEmpty()).isTrue();
      assertThat(options.requiredTerminalAuthentication().isEmpty()).isTrue();
      assertThat(options.expiresSeconds().isEmpty()).isTrue();
      assertThat(options.attach().isEmpty()).isTrue();
      assertThat(options.description().isEmpty()).isTrue();
      assertThat(options.notifyUrl().isEmpty()).isTrue();
    }

    @Test
    void false_flags_stay_false_and_are_not_dropped() {
      OrderOptions options =
          Drafts.minimal(TransactionType.REFUND)
              .confirmOnTerminal(false)
              .requiredTerminalAuthentication(false)
              .build()
              .options();

      assertThat(options.confirmOnTerminal()).containsExactly(false);
      assertThat(options.requiredTerminalAuthentication()).containsExactly(false);
    }

    @Test
    void true_flags_are_carried() {
      OrderOptions options =
          Drafts.minimal(TransactionType.VOID)
              .confirmOnTerminal("TRUE")
              .requiredTerminalAuthentication(true)
              .build()
              .options();

      assertThat(options.confirmOnTerminal()).containsExactly(true);
      assertThat(options.requiredTerminalAuthentication()).containsExactly(true);
    }

    @Test
    void a_flag_that_is_not_true_or_false_is_rejected() {
      Seq<Violation> violations =
          violations(
              Drafts.minimal(TransactionType.SALE)
                  .confirmOnTerminal("yes")
                  .requiredTerminalAuthentication("1")
                  .validate());

      assertThat(fields(violations))
          .containsExactly(
              "biz_data.confirm_on_terminal", "biz_data.required_terminal_authentication");
      assertThat(violations.head().message()).isEqualTo("must be true or false, got 'yes'");
    }

    @Test
    void expires_is_carried_in_seconds() {
      assertThat(
              Drafts.minimal(TransactionType.SALE).expires(180).build().options().expiresSeconds())
          .containsExactly(180);
      assertThat(
              Drafts.minimal(TransactionType.SALE).expires("30").build().options().expiresSeconds())
          .containsExactly(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-30"})
    void expires_must_be_more_than_zero(String seconds) {
      Violation violation =
          onlyViolation(Drafts.minimal(TransactionType.SALE).expires(seconds).validate());

      assertThat(violation.field()).isEqualTo("biz_data.expires");
      assertThat(violation.message()).isEqualTo("must be more than zero seconds, got " + seconds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "1.5", "99999999999", ""})
    void expires_must_be_a_whole_number_of_seconds(String seconds) {
      Violation violation =
          onlyViolation(Drafts.minimal(TransactionType.SALE).expires(seconds).validate());

      assertThat(violation.field()).isEqualTo(FieldPath.EXPIRES);
      assertThat(violation.message()).startsWith("must be a whole number of seconds");
    }

    @Test
    void attach_description_and_notify_url_are_carried_as_given() {
      OrderOptions options =
          Drafts.minimal(TransactionType.SALE)
              .attach("{\"till\":7}")
              .description("Fuel and coffee \u2615")
              .notifyUrl("https://m.website.com/notify")
              .build()
              .options();

      assertThat(options.attach()).containsExactly("{\"till\":7}");
      assertThat(options.description()).containsExactly("Fuel and coffee \u2615");
      assertThat(options.notifyUrl().map(Object::toString))
          .containsExactly("https://m.website.com/notify");
    }

    @Test
    void an_empty_attach_is_kept_as_empty_not_dropped() {
      assertThat(Drafts.minimal(TransactionType.SALE).attach("").build().options().attach())
          .containsExactly("");
    }

    @Test
    void notify_url_must_be_an_absolute_http_url() {
      Violation violation =
          onlyViolation(
              Drafts.minimal(TransactionType.SALE).notifyUrl("ftp://shop.example/n").validate());

      assertThat(violation.field()).isEqualTo("biz_data.notify_url");
      assertThat(violation.message()).startsWith("must be an absolute http or https URL");
    }

    @Test
    void attach_and_description_refuse_line_breaks_and_excess_length() {
      Seq<Violation> violations =
          violations(
              Drafts.minimal(TransactionType.SALE)
                  .attach("line\nbreak")
                  .description("d".repeat(1025))
                  .validate());

      assertThat(fields(violations)).containsExactly("biz_data.attach", "biz_data.description");
      assertThat(violations.get(0).message()).contains("control characters");
      assertThat(violations.get(1).message())
          .isEqualTo("must be at most 1024 characters, got 1025");
    }
  }

  @Nested
  class AllViolationsAtOnce {

    @Test
    void a_draft_with_many_problems_reports_every_one_with_its_field_path() {
      Seq<Violation> violations =
          violations(
              OrderDraft.refund()
                  .merchantOrderNo("R-1")
                  .orderAmount("-5")
                  .tipAmount("1.00")
                  .cashbackAmount("2.00")
                  .notifyUrl("not a url")
                  .expires(0)
                  .confirmOnTerminal("maybe")
                  .forecourtItem("02", "1", "100")
                  .validate());

      assertThat(fields(violations))
          .containsExactlyInAnyOrder(
              "biz_data.merchant_order_no",
              "biz_data.order_amount",
              "biz_data.orig_merchant_order_no",
              "biz_data.tip_amount",
              "biz_data.cashback_amount",
              "biz_data.forecourt_data",
              "biz_data.notify_url",
              "biz_data.expires",
              "biz_data.confirm_on_terminal");
      assertThat(violations.map(Violation::message)).allMatch(message -> !message.isBlank());
    }

    @Test
    void build_throws_one_exception_carrying_every_violation() {
      OrderDraft draft =
          OrderDraft.sale()
              .merchantOrderNo("")
              .orderAmount("1e3")
              .forecourtItem("02", "0", "0")
              .expires("-1")
              .payScenario("");

      assertThatThrownBy(draft::build)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              thrown -> {
                assertThat(fields(thrown.violations()))
                    .containsExactly(
                        "biz_data.merchant_order_no",
                        "biz_data.order_amount",
                        "biz_data.forecourt_data[0].quantity",
                        "biz_data.forecourt_data[0].amount",
                        "biz_data.pay_scenario",
                        "biz_data.expires");
                assertThat(thrown.getMessage())
                    .startsWith(
                        "invalid input (6 problems): biz_data.merchant_order_no: is required;");
              });
    }

    @Test
    void an_unknown_type_still_reports_the_problems_of_the_other_fields() {
      assertThat(
              fields(
                  violations(
                      OrderDraft.ofType("9")
                          .merchantOrderNo("A 1")
                          .orderAmount("abc")
                          .tipAmount("-1")
                          .validate())))
          .containsExactly(
              "biz_data.trans_type",
              "biz_data.merchant_order_no",
              "biz_data.order_amount",
              "biz_data.tip_amount");
    }
  }
}
