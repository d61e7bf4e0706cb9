package io.ecrhub.cli.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

  @ParameterizedTest
  @CsvSource({
    "500ms, PT0.5S",
    "2s, PT2S",
    "1.5s, PT1.5S",
    "3m, PT3M",
    "1h, PT1H",
    "180S, PT3M",
    "' 10 s ', PT10S",
    "PT2S, PT2S"
  })
  void reads_a_number_with_a_unit_or_iso_8601(String text, String expected) {
    assertThat(DurationConverter.parse(text)).isEqualTo(Duration.parse(expected));
  }

  @Test
  void a_bare_number_is_refused_because_its_unit_would_be_a_guess() {
    assertThatThrownBy(() -> DurationConverter.parse("180"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("no unit")
        .hasMessageContaining("180s");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2x", "s", "-2s", "2 seconds", "PTX"})
  void anything_else_is_refused_with_the_forms_that_work(String text) {
    assertThatThrownBy(() -> DurationConverter.parse(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("500ms");
  }

  @ParameterizedTest
  @CsvSource({"PT0.5S, 500 ms", "PT2S, 2 s", "PT1.5S, 1.5 s", "PT3M, 3 min", "PT90S, 90 s"})
  void formats_durations_as_people_read_them(String duration, String expected) {
    assertThat(DurationConverter.format(Duration.parse(duration))).isEqualTo(expected);
  }
}
