package io.ecrhub.cli.command;

import io.ecrhub.cli.output.Outcome;
import io.ecrhub.cli.output.Report;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One step of {@code ecr demo}: what it does, what the simulator's rules say must come of it, and
 * the action that finds out.
 *
 * @param what the step in a few words, as printed
 * @param outcome the outcome the rules call for
 * @param code the response code the rules call for
 * @param status the {@code trans_status} the rules call for; none when the answer carries none
 * @param action runs the step against the simulator and reports what happened
 */
record DemoStep(
    String what, Outcome outcome, String code, Option<String> status, Supplier<Report> action) {

  DemoStep {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(action, "action");
  }

  static DemoStep expecting(
      String what, Outcome outcome, String code, String status, Supplier<Report> action) {
    return new DemoStep(what, outcome, code, Option.of(status), action);
  }

  /** Whether {@code report} is what the rules call for. */
  boolean isMetBy(Report report) {
    return report.outcome() == outcome
        && report.field(Report.RESPONSE_CODE).contains(code)
        && status.forAll(expected -> report.field(Report.TRANS_STATUS).contains(expected));
  }

  /** {@code APPROVED 000 status 2}: the expectation as the output shows it. */
  String expectation() {
    return outcome + " " + code + status.map(s -> " status " + s).getOrElse("");
  }
}
