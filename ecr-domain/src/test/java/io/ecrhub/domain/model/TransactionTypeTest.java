package io.ecrhub.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionTypeTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "1, sale",
    "2, void",
    "3, refund",
    "4, pre-authorisation",
    "5, pre-authorisation cancel",
    "6, pre-authorisation completion",
    "11, sale with cashback"
  })
  void the_seven_types_of_the_table_are_known(String code, String label) {
    TransactionType type = TransactionType.of(code);

    assertThat(type.isKnown()).isTrue();
    assertThat(type.label()).isEqualTo(label);
    assertThat(type.code()).isEqualTo(code);
  }

  @Test
  void constants_carry_the_table_codes() {
    assertThat(TransactionType.SALE.code()).isEqualTo("1");
    assertThat(TransactionType.VOID.code()).isEqualTo("2");
    assertThat(TransactionType.REFUND.code()).isEqualTo("3");
    assertThat(TransactionType.PRE_AUTH.code()).isEqualTo("4");
    assertThat(TransactionType.PRE_AUTH_CANCEL.code()).isEqualTo("5");
    assertThat(TransactionType.COMPLETION.code()).isEqualTo("6");
    assertThat(TransactionType.CASHBACK.code()).isEqualTo("11");
  }

  @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
  @CsvSource({"01, 1", "001, 1", "011, 11", "' 3 ', 3", "00, 0"})
  void padded_codes_are_the_same_code(String raw, String code) {
    assertThat(TransactionType.of(raw)).isEqualTo(TransactionType.of(code));
    assertThat(TransactionType.of(raw).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"7", "8", "12", "99", "X", "REFUND", "-1"})
  void codes_no_table_names_are_kept_as_data_not_errors(String raw) {
    assertThatNoException().isThrownBy(() -> TransactionType.of(raw));

    TransactionType type = TransactionType.of(raw);
    assertThat(type.isKnown()).isFalse();
    assertThat(type.code()).isEqualTo(raw);
    assertThat(type.label()).isEqualTo("unknown type " + raw);
  }

  @Test
  void string_form_shows_code_and_label() {
    assertThat(TransactionType.REFUND).hasToString("3 (refund)");
    assertThat(TransactionType.of("7")).hasToString("7 (unknown type 7)");
  }
}
