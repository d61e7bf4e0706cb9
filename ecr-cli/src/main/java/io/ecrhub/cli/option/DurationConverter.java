package io.ecrhub.cli.option;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads durations as a cashier or a script writes them: a number and a unit, {@code 500ms}, {@code
 * 2s}, {@code 1.5s}, {@code 3m}, {@code 1h} — or ISO-8601 ({@code PT2S}). A bare number is refused:
 * "180" could be seconds or milliseconds, and a wrong guess is a timeout a thousand times off.
 * Picocli names the option in the error, e.g. "Invalid value for option '--timeout': ...".
 */
public final class DurationConverter implements ITypeConverter<Duration> {

  private static final Pattern NUMBER_AND_UNIT =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)", Pattern.CASE_INSENSITIVE);

  @Override
  public Duration convert(String text) {
    return parse(text);
  }

  /**
   * The duration {@code text} names.
   *
   * @throws TypeConversionException saying what was expected
   */
  static Duration parse(String text) {
    String value = text == null ? "" : text.strip();
    Matcher matcher = NUMBER_AND_UNIT.matcher(value);
    if (matcher.matches()) {
      BigDecimal amount = new BigDecimal(matcher.group(1));
      BigDecimal millis = amount.multiply(BigDecimal.valueOf(unitMillis(matcher.group(2))));
      if (millis.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1_000_000)) > 0) {
        throw new TypeConversionException("'" + value + "' is too long a duration");
      }
      return Duration.ofNanos(millis.movePointRight(6).longValue());
    }
    if (value.toUpperCase(Locale.ROOT).startsWith("PT")) {
      try {
        return Duration.parse(value);
      } catch (DateTimeParseException notIso) {
        // reported below, with the forms we accept
      }
    }
    if (value.matches("\\d+(\\.\\d+)?")) {
      throw new TypeConversionException(
          "'"
              + value
              + "' has no unit: write it as "
              + value
              + "s, "
              + value
              + "ms or "
              + value
              + "m");
    }
    throw new TypeConversionException(
        "'" + value + "' is not a duration: use a number and a unit, e.g. 500ms, 2s, 1.5s or 3m");
  }

  /**
   * A duration as people read it: {@code 500 ms}, {@code 2 s}, {@code 1.5 s}, {@code 3 min}.
   *
   * @param duration the duration; not negative
   * @return whole milliseconds under a second, whole minutes when exact, else seconds with up to
   *     three decimals
   */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis % 60_000 == 0) {
      return millis / 60_000 + " min";
    }
    return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
  }

  private static long unitMillis(String unit) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "ms" -> 1;
      case "s" -> 1_000;
      case "m" -> 60_000;
      default -> 3_600_000;
    };
  }
}
