package io.ecrhub.domain.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.PayMethod;
import io.ecrhub.domain.model.PayScenario;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TransactionResultTest {

  private static final MerchantOrderNo ORDER = new MerchantOrderNo("20241118210100");

  @Test
  void a_builder_needs_only_the_order_number_and_status_and_the_rest_stays_absent() {
    TransactionResult result =
        TransactionResult.builder(ORDER, TransactionStatus.PROCESSING).build();

    assertThat(result.merchantOrderNo()).isEqualTo(ORDER);
    assertThat(result.status()).isEqualTo(TransactionStatus.PROCESSING);
    assertThat(result.transNo()).isEmpty();
    assertThat(result.type()).isEmpty();
    assertThat(result.origMerchantOrderNo()).isEmpty();
    assertThat(result.orderAmount()).isEmpty();
    assertThat(result.tipAmount()).isEmpty();
    assertThat(result.cashbackAmount()).isEmpty();
    assertThat(result.payMethod()).isEmpty();
    assertThat(result.payScenario()).isEmpty();
    assertThat(result.endTime()).isEmpty();
    assertThat(result.attach()).isEmpty();
    assertThat(result.extraFields().isEmpty()).isTrue();
  }

  @Test
  void every_field_of_a_completed_answer_is_carried() {
    TransactionResult result = completed();

    assertThat(result.transNo()).containsExactly("5021000010210602000003");
    assertThat(result.type()).containsExactly(TransactionType.SALE);
    assertThat(result.orderAmount().map(Amount::toWire)).containsExactly("20.34");
    assertThat(result.tipAmount().map(Amount::toWire)).containsExactly("1.00");
    assertThat(result.payMethod()).containsExactly(PayMethod.VISA);
    assertThat(result.payScenario()).containsExactly(PayScenario.SWIPE_CARD);
    assertThat(result.endTime()).containsExactly(LocalDateTime.of(2025, 1, 13, 14, 36, 9));
    assertThat(result.attach()).containsExactly("till 7");
  }

  @Test
  void fields_no_table_names_are_kept_in_arrival_order() {
    TransactionResult result = completed();

    assertThat(result.extraFields().keySet().toJavaList())
        .containsExactly("price_currency", "pay_channel_trans_no", "a_late_field");
    assertThat(result.extraFields().get("price_currency")).containsExactly("\"USD\"");
  }

  @Test
  void to_builder_reports_a_later_status_of_the_same_order_keeping_the_rest() {
    TransactionResult processing =
        completed().toBuilder().status(TransactionStatus.PROCESSING).build();
    TransactionResult again = processing.toBuilder().status(TransactionStatus.COMPLETED).build();

    assertThat(processing.status()).isEqualTo(TransactionStatus.PROCESSING);
    assertThat(processing.transNo()).isEqualTo(completed().transNo());
    assertThat(again).isEqualTo(completed());
  }

  @Test
  void absent_values_must_be_said_with_none_not_null() {
    assertThatThrownBy(
            () ->
                TransactionResult.builder(ORDER, TransactionStatus.COMPLETED)
                    .transNo((Option<String>) null)
                    .build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("transNo");
    assertThatThrownBy(() -> TransactionResult.builder(ORDER, null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status");
  }

  static TransactionResult completed() {
    return TransactionResult.builder(ORDER, TransactionStatus.COMPLETED)
        .transNo("5021000010210602000003")
        .type(TransactionType.SALE)
        .orderAmount(Amount.parseOrThrow("20.34"))
        .tipAmount(Option.some(Amount.parseOrThrow("1")))
        .payMethod(Option.some(PayMethod.VISA))
        .payScenario(Option.some(PayScenario.SWIPE_CARD))
        .endTime(Option.some(LocalDateTime.of(2025, 1, 13, 14, 36, 9)))
        .attach(Option.some("till 7"))
        .extraFields(
            LinkedHashMap.of(
                "price_currency", "\"USD\"",
                "pay_channel_trans_no", "\"88\"",
                "a_late_field", "1"))
        .build();
  }
}
