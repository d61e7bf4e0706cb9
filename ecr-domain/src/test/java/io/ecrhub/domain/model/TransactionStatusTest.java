package io.ecrhub.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionStatusTest {

  @ParameterizedTest(name = "{0} is {1}, final={2}")
  @CsvSource({
    "9, created, false",
    "0, processing, false",
    "1, closed, true",
    "2, completed, true",
    "3, cancelled, true"
  })
  void the_five_statuses_of_the_table_are_known_and_only_1_2_3_are_final(
      String code, String label, boolean isFinal) {
    TransactionStatus status = TransactionStatus.of(code);

    assertThat(status.isKnown()).isTrue();
    assertThat(status.label()).isEqualTo(label);
    assertThat(status.isFinal()).isEqualTo(isFinal);
  }

  @Test
  void only_completed_means_the_money_moved() {
    assertThat(TransactionStatus.COMPLETED.isCompleted()).isTrue();
    assertThat(TransactionStatus.CLOSED.isCompleted()).isFalse();
    assertThat(TransactionStatus.CANCELLED.isCompleted()).isFalse();
    assertThat(TransactionStatus.PROCESSING.isCompleted()).isFalse();
    assertThat(TransactionStatus.CREATED.isCompleted()).isFalse();
  }

  @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
  @CsvSource({"02, 2", "00, 0", "0009, 9", "' 1', 1"})
  void padded_codes_are_the_same_status(String raw, String code) {
    assertThat(TransactionStatus.of(raw)).isEqualTo(TransactionStatus.of(code));
    assertThat(TransactionStatus.of(raw).isFinal()).isEqualTo(TransactionStatus.of(code).isFinal());
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "10", "CAPTURED"})
  void statuses_no_table_names_are_kept_and_never_final(String raw) {
    // 4 "captured" has a label (the sister product's) but is not final for every order
    TransactionStatus status = TransactionStatus.of(raw);

    assertThat(status.code()).isEqualTo(raw);
    assertThat(status.isKnown()).isFalse();
    assertThat(status.isFinal()).isFalse();
    assertThat(status.label()).isEqualTo("unknown status " + raw);
  }

  @Test
  void captured_is_named_but_final_only_where_the_payment_rules_say() {
    assertThat(TransactionStatus.of("4")).isEqualTo(TransactionStatus.CAPTURED);
    assertThat(TransactionStatus.CAPTURED.label()).isEqualTo("captured");
    assertThat(TransactionStatus.CAPTURED.isFinal()).isFalse();
  }
}
