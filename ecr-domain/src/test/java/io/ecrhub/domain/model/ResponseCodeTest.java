package io.ecrhub.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseCodeTest {

  @Test
  void zero_zero_zero_is_success() {
    assertThat(ResponseCode.of("000").isSuccess()).isTrue();
    assertThat(ResponseCode.SUCCESS.description()).isEqualTo("success");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "101", "102", "103", "104", "105", "106", "107", "108", "109", "110", "111", "112", "113",
        "114", "115", "116", "117", "118", "119", "120", "121", "201", "202", "999"
      })
  void every_other_code_of_the_table_is_known_and_not_success(String code) {
    ResponseCode responseCode = ResponseCode.of(code);

    assertThat(responseCode.isKnown()).isTrue();
    assertThat(responseCode.isSuccess()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"555", "100", "1000", "ABC", "E01", ""})
  void codes_no_table_names_keep_the_raw_code(String code) {
    assertThatNoException().isThrownBy(() -> ResponseCode.of(code));

    ResponseCode responseCode = ResponseCode.of(code);
    assertThat(responseCode.code()).isEqualTo(code);
    assertThat(responseCode.isKnown()).isFalse();
    assertThat(responseCode.isSuccess()).isFalse();
    assertThat(responseCode.description()).isEqualTo("unknown response code " + code);
  }

  @ParameterizedTest(name = "\"{0}\" is read as \"{1}\"")
  @CsvSource({"0, 000", "00, 000", "000, 000", "' 000 ', 000", "1, 001", "15, 015"})
  void numeric_codes_shorter_than_three_digits_are_left_padded(String raw, String code) {
    assertThat(ResponseCode.of(raw).code()).isEqualTo(code);
  }

  @Test
  void a_terminal_writing_success_as_the_number_zero_still_means_success() {
    assertThat(ResponseCode.of("0")).isEqualTo(ResponseCode.SUCCESS);
    assertThat(ResponseCode.of("0").isSuccess()).isTrue();
  }

  @Test
  void table_descriptions_are_readable() {
    assertThat(ResponseCode.of("113").description()).isEqualTo("duplicate merchant order number");
    assertThat(ResponseCode.of("108")).hasToString("108 (transaction result unknown)");
  }
}
