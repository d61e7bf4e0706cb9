package io.ecrhub.it.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import io.ecrhub.app.api.EcrClient;
import io.ecrhub.app.api.EcrClientConfig;
import io.ecrhub.app.inject.EcrModule;
import io.ecrhub.app.inject.InMemoryJournalModule;
import io.ecrhub.app.inject.JdbcJournalModule;
import io.ecrhub.app.inject.LoopbackTransportModule;
import io.ecrhub.app.inject.TyrusTransportModule;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.domain.validation.InvalidInputException;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.journal.jdbc.JournalLocation;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import io.vavr.control.Option;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Guice modules bind every port: {@link EcrModule} with one transport module (and the JDBC
 * journal module) gives a client that takes a payment end to end against the simulator.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GuiceWiringTest {

  @Test
  void the_ecr_and_loopback_modules_give_a_client_that_pays() throws Exception {
    try (LoopbackNetwork network = new LoopbackNetwork();
        TerminalSimulator simulator =
            TerminalSimulator.start(
                Guice.createInjector(new LoopbackTransportModule(network))
                    .getInstance(ServerTransport.class),
                Payments.fastSimulator("terminal"))) {
      Injector injector =
          Guice.createInjector(
              new EcrModule(Payments.fastClient(simulator.address()).config()),
              new LoopbackTransportModule(network),
              new InMemoryJournalModule());

      try (EcrClient pos = injector.getInstance(EcrClient.class)) {
        assertThat(injector.getInstance(EcrClient.class)).as("a singleton").isSameAs(pos);
        OrderJournal journal = injector.getInstance(OrderJournal.class);
        assertThat(journal).as("asked for by name").isInstanceOf(InMemoryOrderJournal.class);

        Payments.payOnce(pos, "GUICE1", simulator.ledger());

        assertThat(journal.find(new MerchantOrderNo("GUICE1")).map(JournalEntry::state))
            .as("the injector's journal is the one the client writes to")
            .containsExactly(JournalState.APPROVED);
      }
    }
  }

  @Test
  void the_ecr_tyrus_and_jdbc_modules_give_a_client_that_pays_and_journals_to_disk(
      @TempDir Path directory) throws Exception {
    Path file = directory.resolve("journal.db");
    try (TerminalSimulator simulator =
        TerminalSimulator.start(new TyrusServerTransport(), Payments.fastSimulator("127.0.0.1"))) {
      Injector injector =
          Guice.createInjector(
              new EcrModule(Payments.fastClient(simulator.address()).config()),
              new TyrusTransportModule(),
              new JdbcJournalModule(JournalLocation.resolve(Option.some(file.toString()))));

      try (EcrClient pos = injector.getInstance(EcrClient.class)) {
        assertThat(injector.getInstance(OrderJournal.class)).isInstanceOf(JdbcOrderJournal.class);

        Payments.payOnce(pos, "GUICE2", simulator.ledger());
      }

      // The client owned the journal the injector made and closed it; the payment is on disk.
      try (JdbcOrderJournal reopened = JdbcOrderJournal.openFile(file)) {
        assertThat(reopened.find(new MerchantOrderNo("GUICE2")).map(JournalEntry::state))
            .containsExactly(JournalState.APPROVED);
      }
    }
  }

  @Test
  void without_a_journal_module_the_client_journals_durably_at_the_default_location()
      throws Exception {
    // the build points ECR_JOURNAL of every test JVM into target/, so that no test touches ~/.ecr
    String defaultLocation = System.getenv(JournalLocation.ENVIRONMENT_VARIABLE);
    assertThat(defaultLocation).as("ECR_JOURNAL set by the build for the tests").isNotBlank();
    String number = "GDEF" + System.currentTimeMillis();
    try (TerminalSimulator simulator =
        TerminalSimulator.start(new TyrusServerTransport(), Payments.fastSimulator("127.0.0.1"))) {
      Injector injector =
          Guice.createInjector(
              new EcrModule(Payments.fastClient(simulator.address()).config()),
              new TyrusTransportModule());

      try (EcrClient pos = injector.getInstance(EcrClient.class)) {
        OrderJournal journal = injector.getInstance(OrderJournal.class);
        assertThat(journal).isInstanceOf(JdbcOrderJournal.class);
        assertThat(((JdbcOrderJournal) journal).name())
            .endsWith(Path.of(defaultLocation).toString());

        Payments.payOnce(pos, number, simulator.ledger());
      }
    }
    try (JdbcOrderJournal reopened = JdbcOrderJournal.openFile(Path.of(defaultLocation))) {
      assertThat(reopened.find(new MerchantOrderNo(number)).map(JournalEntry::state))
          .as("on disk after the client closed")
          .containsExactly(JournalState.APPROVED);
    }
  }

  @Test
  void a_terminal_the_bound_transport_cannot_reach_is_refused_naming_the_setting() {
    EcrClientConfig loopbackTerminal =
        Payments.fastClient(URI.create("loopback://terminal:49152")).config();
    Injector injector =
        Guice.createInjector(
            new EcrModule(loopbackTerminal),
            new TyrusTransportModule(),
            new InMemoryJournalModule());

    assertThatThrownBy(() -> injector.getInstance(EcrClient.class))
        .isInstanceOf(ProvisionException.class)
        .rootCause()
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("terminal")
        .hasMessageContaining("loopback");
  }
}
