package io.ecrhub.cli.option;

import io.ecrhub.domain.port.JournalWindow;
import io.ecrhub.domain.validation.ViolationCollector;
import io.vavr.control.Option;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * {@code --since} and {@code --until}: which journal entries a command reads, by the time each was
 * created. A date ({@code 2026-12-04}) means its midnight, a date and time without offset ({@code
 * 2026-12-04T08:30}) is local time; with {@code Z} or an offset ({@code 2026-12-04T07:30:00Z},
 * {@code …+01:00}) it is that instant.
 */
public final class WindowOptions {

  @picocli.CommandLine.Option(
      names = "--since",
      paramLabel = "TIME",
      description =
          "Entries created from this time on: 2026-12-04, 2026-12-04T08:30 (local time) or"
              + " 2026-12-04T07:30:00Z.")
  String since;

  @picocli.CommandLine.Option(
      names = "--until",
      paramLabel = "TIME",
      description = "Entries created before this time (default: no end); same forms as --since.")
  String until;

  /**
   * The window the options name, {@code defaultSince} when {@code --since} is absent; null, with a
   * violation naming the option, when a value cannot be read or the window ends before it starts.
   *
   * @param defaultSince the start used when {@code --since} is absent
   * @param zone the time zone of dates and local times
   * @param violations collects the problems under {@code --since} or {@code --until}
   * @return the window, open-ended when {@code --until} is absent; or {@code null}
   */
  public JournalWindow window(Instant defaultSince, ZoneId zone, ViolationCollector violations) {
    Instant from = since == null ? defaultSince : parse("--since", since, zone, violations);
    Instant to = until == null ? null : parse("--until", until, zone, violations);
    if (from == null || (until != null && to == null)) {
      return null;
    }
    if (to != null && !to.isAfter(from)) {
      violations.add("--until", "must be after --since (" + from + "), got " + to);
      return null;
    }
    return new JournalWindow(from, Option.of(to), Option.none());
  }

  /**
   * Whether either option was given.
   *
   * @return {@code true} if {@code --since} or {@code --until} was given
   */
  public boolean given() {
    return since != null || until != null;
  }

  /**
   * The start of today in {@code zone}: what an end-of-day command reads by default.
   *
   * @param zone the time zone of the day
   * @return today's midnight in {@code zone}, as an instant
   */
  public static Instant startOfToday(ZoneId zone) {
    return LocalDate.now(zone).atStartOfDay(zone).toInstant();
  }

  private static Instant parse(
      String option, String value, ZoneId zone, ViolationCollector violations) {
    String text = value.strip();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      // a local date-time or a date, read below
    }
    try {
      return LocalDateTime.parse(text).atZone(zone).toInstant();
    } catch (DateTimeParseException notLocal) {
      // a date, read below
    }
    try {
      return LocalDate.parse(text).atStartOfDay(zone).toInstant();
    } catch (DateTimeException unreadable) {
      violations.add(
          option,
          "must be a date (2026-12-04), a local date and time (2026-12-04T08:30) or an instant"
              + " (2026-12-04T07:30:00Z), got '"
              + value
              + "'");
      return null;
    }
  }
}
