package io.ecrhub.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;

/** A finished {@code ecr} process: its exit code and what it printed. */
public record EcrRun(List<String> args, int exitCode, String stdout, String stderr) {

  /**
   * The one JSON object a {@code --json} run prints; fails when stdout holds anything else, as a
   * script parsing it would.
   */
  public JsonObject json() {
    String[] lines = stdout.strip().split("\n");
    assertThat(lines).as("stdout must hold exactly one line of JSON\n%s", this).hasSize(1);
    return Json.createReader(new StringReader(lines[0])).readObject();
  }

  /** Everything about the run, for assertion messages. */
  @Override
  public String toString() {
    return "ecr "
        + String.join(" ", args)
        + "\n--- exit "
        + exitCode
        + "\n--- stdout\n"
        + stdout
        + "--- stderr\n"
        + stderr;
  }
}
