package io.ecrhub.protocol.mapping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written reader accepts exactly what the seed's formatter reads the same way. */
class SeedDateTimesTest {

  private static final long SEED = 20_261_205L;

  @Test
  void every_time_it_reads_is_the_formatters_reading() {
    System.out.println("SeedDateTimesTest seed " + SEED);
    Random random = new Random(SEED);
    int read = 0;
    for (int i = 0; i < 50_000; i++) {
      String raw =
          String.format(
              "%04d-%02d-%02d %02d:%02d:%02d",
              random.nextInt(10_000),
              random.nextInt(14),
              random.nextInt(33),
              random.nextInt(26),
              random.nextInt(61),
              random.nextInt(61));
      LocalDateTime fast = SeedDateTimes.parse(raw);
      if (fast != null) {
        read++;
        assertThat(fast).as(raw).isEqualTo(LocalDateTime.parse(raw, TransactionMapping.END_TIME));
      } else {
        assertThat(formatterReading(raw))
            .as("%s is left to the formatter, which reads it otherwise or not at all", raw)
            .satisfiesAnyOf(
                reading -> assertThat(reading).isNull(),
                reading -> assertThat(reading.toString()).doesNotStartWith(raw.substring(0, 10)));
      }
    }
    assertThat(read).isGreaterThan(10_000);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " 2024-11-18 21:01:00",
        "2024-11-18T21:01:00",
        "2024-11-18 21:01:0x",
        "2024-02-30 10:00:00",
        "2024-11-18 24:00:00",
        "2024-11-18 21:01:00 ",
        "+2024-11-18 21:01:0"
      })
  void anything_else_is_left_to_the_formatter(String raw) {
    assertThat(SeedDateTimes.parse(raw)).isNull();
  }

  private static LocalDateTime formatterReading(String raw) {
    try {
      return LocalDateTime.parse(raw, TransactionMapping.END_TIME);
    } catch (DateTimeParseException refused) {
      return null;
    }
  }
}
