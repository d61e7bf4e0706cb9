package io.ecrhub.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.simulator.TriggerTimings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ecr} as a process, off a terminal: a wait is never silence (a progress line on stderr at
 * each interval, stdout kept for the result), {@code recover} prints each order as it settles, and
 * every kind of bad input issue 16 names ends with exit 2 — nothing sent, nothing created, no
 * password shown.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ProgressAndBadInputProcessTest {

  @TempDir Path work;

  @Test
  void a_wait_prints_progress_on_stderr_and_recover_prints_each_order_as_it_settles() {
    // .95 approves after 6 s, .94 stays processing for 15 s: waits that outlast the 1 s interval
    // by far, whatever the load of the machine
    try (InProcessSimulator terminal =
        InProcessSimulator.start(
            new TriggerTimings(
                Duration.ofSeconds(15),
                Duration.ofSeconds(6),
                Duration.ofSeconds(1),
                Duration.ofSeconds(4)))) {
      EcrJar ecr = EcrJar.in(work);
      String journal = work.resolve("journal.db").toString();
      String[] common = {
        "--terminal",
        terminal.address(),
        "--app-id",
        InProcessSimulator.APP_ID,
        "--journal",
        journal,
        "--progress",
        "1s"
      };

      EcrRun slow =
          ecr.run(concat(new String[] {"sale", "--order-no", "PROG1", "--amount", "3.95"}, common));
      // .94: unanswered: unknown after a short deadline, left for recover
      CompletableFuture<EcrRun> first =
          ecr.runAsync(
              concat(
                  new String[] {
                    "sale",
                    "--order-no",
                    "PROG2",
                    "--amount",
                    "4.94",
                    "--timeout",
                    "300ms",
                    "--recovery-deadline",
                    "300ms"
                  },
                  common));
      CompletableFuture<EcrRun> second =
          ecr.runAsync(
              concat(
                  new String[] {
                    "sale",
                    "--order-no",
                    "PROG3",
                    "--amount",
                    "5.94",
                    "--timeout",
                    "300ms",
                    "--recovery-deadline",
                    "300ms"
                  },
                  common));
      assertThat(first.join().exitCode()).as(first.join().toString()).isEqualTo(3);
      assertThat(second.join().exitCode()).as(second.join().toString()).isEqualTo(3);
      EcrRun recover = ecr.run(concat(new String[] {"recover"}, common));

      assertThat(slow.exitCode()).as(slow.toString()).isZero();
      assertThat(slow.stderr())
          .containsPattern("still waiting for the terminal: \\d+ s, order PROG1\n");
      assertThat(slow.stdout()).doesNotContain("still waiting");

      assertThat(recover.exitCode()).as(recover.toString()).isZero();
      assertThat(recover.stdout())
          .containsPattern("\nPROG2 +1 \\(sale\\) +4.94 +APPROVED +000 ")
          .containsPattern("\nPROG3 +1 \\(sale\\) +5.94 +APPROVED +000 ")
          .contains("settled 2 of 2");
      assertThat(recover.stderr())
          .containsPattern("still recovering from ws://127.0.0.1:\\d+: \\d+ s, [0-2] of 2 settled");
      assertThat(terminal.payOrdersReceived("PROG2")).isEqualTo(1);
      assertThat(terminal.payOrdersReceived("PROG3")).isEqualTo(1);
    }
  }

  @Test
  void every_bad_input_is_exit_2_nothing_sent_nothing_created() throws Exception {
    EcrJar ecr = EcrJar.in(work);
    Path typo = work.resolve("typo.db");
    try (ConnectionCounter counter = new ConnectionCounter()) {
      String port = counter.address().replaceFirst(".*:", "");
      CompletableFuture<EcrRun> missingColon =
          ecr.runAsync(
              "sale",
              "--terminal",
              "ws//127.0.0.1:" + port,
              "--app-id",
              "A",
              "--journal",
              typo.toString(),
              "--amount",
              "1.00");
      CompletableFuture<EcrRun> portOutOfRange =
          ecr.runAsync(
              "query",
              "--terminal",
              "ws://till:s3cretPW@127.0.0.1:99999",
              "--app-id",
              "A",
              "--order-no",
              "A1");
      CompletableFuture<EcrRun> unknownScenario =
          ecr.runAsync(
              "sale",
              "--terminal",
              counter.address(),
              "--app-id",
              "A",
              "--journal",
              typo.toString(),
              "--amount",
              "1.00",
              "--scenario",
              "TAP_TO_WISH");
      CompletableFuture<EcrRun> recoverTypo =
          ecr.runAsync(
              "recover",
              "--journal",
              typo.toString(),
              "--terminal",
              counter.address(),
              "--app-id",
              "A");
      CompletableFuture<EcrRun> journalTypo = ecr.runAsync("journal", "--journal", typo.toString());
      CompletableFuture<EcrRun> misspelt = ecr.runAsync("sael", "--amount", "1.00");

      EcrRun colon = missingColon.join();
      assertThat(colon.exitCode()).as(colon.toString()).isEqualTo(2);
      assertThat(colon.stderr())
          .contains("--terminal")
          .contains("did you mean ws://127.0.0.1:" + port);

      EcrRun port99999 = portOutOfRange.join();
      assertThat(port99999.exitCode()).as(port99999.toString()).isEqualTo(2);
      assertThat(port99999.stderr()).contains("--terminal").contains("port 99999");
      assertThat(port99999.stdout() + port99999.stderr()).doesNotContain("s3cretPW");

      EcrRun scenario = unknownScenario.join();
      assertThat(scenario.exitCode()).as(scenario.toString()).isEqualTo(2);
      assertThat(scenario.stderr()).contains("--scenario").contains("TAP_TO_WISH");

      EcrRun recover = recoverTypo.join();
      assertThat(recover.exitCode()).as(recover.toString()).isEqualTo(2);
      assertThat(recover.stdout()).doesNotContain("nothing to recover");
      assertThat(recover.stderr()).contains("typo.db").contains("--create");

      EcrRun journal = journalTypo.join();
      assertThat(journal.exitCode()).as(journal.toString()).isEqualTo(2);
      assertThat(journal.stderr()).contains("typo.db").contains("--create");

      EcrRun sael = misspelt.join();
      assertThat(sael.exitCode()).as(sael.toString()).isEqualTo(2);
      assertThat(sael.stderr()).contains("sael").contains("Did you mean: ecr sale?");

      assertThat(counter.acceptedAfterQuietPeriod()).as("connections opened").isZero();
      assertThat(typo).as("a journal created for bad input").doesNotExist();
    }
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
