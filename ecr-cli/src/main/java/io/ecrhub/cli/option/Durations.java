package io.ecrhub.cli.option;

import io.ecrhub.domain.validation.ViolationCollector;
import java.time.Duration;

/** Rules for duration options. */
public final class Durations {

  private Durations() {}

  /**
   * Reports a missing, zero or negative duration under {@code option}.
   *
   * @param value the option's value; {@code null} when absent
   * @param option the option's name, e.g. {@code --timeout}
   * @param violations collects the problem
   */
  public static void checkPositive(Duration value, String option, ViolationCollector violations) {
    violations.check(
        value != null && !value.isZero() && !value.isNegative(),
        option,
        "must be a positive duration such as 500ms or 2s, got "
            + (value == null ? "nothing" : DurationConverter.format(value)));
  }

  static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
