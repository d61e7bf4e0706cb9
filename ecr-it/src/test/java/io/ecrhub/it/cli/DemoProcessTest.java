package io.ecrhub.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ecr demo}, the README's first command, as a user runs it. */
class DemoProcessTest {

  @TempDir Path work;

  @Test
  void demo_walks_through_every_step_as_the_rules_say_and_exits_0() {
    EcrRun run = EcrJar.in(work).run("demo");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> steps =
        Arrays.stream(run.stdout().split("\n")).filter(line -> line.matches(" ?\\d+  .*")).toList();
    assertThat(steps).as(run.toString()).hasSize(14).allMatch(line -> line.endsWith("  ok"));
    assertThat(run.stdout())
        .contains("listening on ws://127.0.0.1:")
        .containsPattern("sale 10\\.00 +APPROVED +000 +status 2 +\\d+ ms  ok")
        .containsPattern("declined sale 10\\.91 \\(trigger \\.91\\) +DECLINED +115 ")
        .containsPattern("unanswered sale 10\\.94, settled by query +APPROVED +000 ")
        .containsPattern("close DEMO13 while it is processing +OK +000 ")
        .contains("14 of 14 steps behaved as the simulator's rules say");
    assertThat(work.resolve(".ecr")).as("the demo never touches the user's journal").doesNotExist();
  }
}
