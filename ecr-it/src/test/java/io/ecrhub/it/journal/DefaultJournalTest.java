package io.ecrhub.it.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.it.ChildJvm;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.journal.jdbc.JournalLocation;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety is the default: a client built without a journal journals to the durable SQLite
 * journal at the default location, and a journal in memory has to be asked for by name and is
 * warned about once per process.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class DefaultJournalTest {

  @Test
  void a_client_built_without_a_journal_journals_durably_at_the_default_location()
      throws Exception {
    // the build points ECR_JOURNAL of every test JVM into target/ (see the parent POM)
    String defaultLocation = System.getenv(JournalLocation.ENVIRONMENT_VARIABLE);
    assertThat(defaultLocation).as("ECR_JOURNAL set by the build for the tests").isNotBlank();
    String number = "DEF" + System.currentTimeMillis();
    try (TerminalSimulator simulator =
        TerminalSimulator.start(
            new TyrusServerTransport(),
            SimulatorOptions.defaults().withPort(0).withApproveDelay(Duration.ZERO))) {
      try (EcrClient pos =
          EcrClient.builder().terminal(simulator.address()).appId("till").build()) {
        pos.connect().get(30, TimeUnit.SECONDS);
        PaymentOutcome outcome =
            pos.submit(OrderDraft.sale().merchantOrderNo(number).orderAmount("3.10"));
        assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
      }
    }
    try (JdbcOrderJournal reopened = JdbcOrderJournal.openFile(Path.of(defaultLocation))) {
      assertThat(reopened.find(new MerchantOrderNo(number)).map(JournalEntry::state))
          .as("written to the durable journal, and there after the client closed it")
          .containsExactly(JournalState.APPROVED);
    }
  }

  @Test
  void an_in_memory_journal_is_asked_for_by_name_and_warned_about_once_per_process(
      @TempDir Path home) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                ChildJvm.command(
                    List.of("-Duser.home=" + home.toAbsolutePath()),
                    InMemoryJournalTill.class,
                    List.of("ws://127.0.0.1:35779")))
            .redirectOutput(home.resolve("stdout").toFile())
            .redirectError(home.resolve("stderr").toFile());
    // no ECR_JOURNAL: a durable journal would land in the home directory, where none must be
    builder.environment().remove(JournalLocation.ENVIRONMENT_VARIABLE);
    Process till = builder.start();
    assertThat(till.waitFor(90, TimeUnit.SECONDS)).as("the till ended").isTrue();
    String stdout = Files.readString(home.resolve("stdout"));
    String stderr = Files.readString(home.resolve("stderr"));

    assertThat(till.exitValue()).as(stdout + stderr).isZero();
    assertThat(stdout).contains("built ws://127.0.0.1:35779");
    assertThat(Pattern.compile("WARN.*journalled in memory only").matcher(stderr).results())
        .as("one WARN for three in-memory journals:%n%s", stderr)
        .hasSize(1);
    assertThat(home.resolve(".ecr"))
        .as("nothing written to the default location " + File.separator + ".ecr")
        .doesNotExist();
  }
}
