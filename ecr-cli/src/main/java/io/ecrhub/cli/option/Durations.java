package io.ecrhub.cli.option;

import io.ecrhub.domain.validation.ViolationCollector;
import java.time.Duration;

/** Rules for duration options. */
public final class Durations {

  private Durations() {}

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
