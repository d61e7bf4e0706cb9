package io.ecrhub.it.coldpath;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.it.ChildJvm;
import io.ecrhub.journal.jdbc.JournalLocation;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a fresh JVM's first payment must not pay for (issue 17). A record's generated {@code
 * equals}, {@code hashCode} and {@code toString} are bootstrapped through {@code
 * java.lang.runtime.ObjectMethods}, and the first bootstrap in a JVM spins some forty method-handle
 * classes, about 40 ms on the first payment. The records every payment compares write those methods
 * out (see {@code io.ecrhub.domain.model}); this test runs a real first payment and query in a JVM
 * of its own, against the simulator over the Tyrus transport, and reads the JVM's class-loading log
 * to check that no record method was bootstrapped on the way — so a record compared on the hot path
 * later cannot slip in unnoticed.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ColdPathTest {

  private static final String RECORD_BOOTSTRAP = "java.lang.runtime.ObjectMethods ";

  @Test
  void a_fresh_jvms_first_payment_and_query_bootstrap_no_record_method(@TempDir Path work)
      throws Exception {
    Path classLog = work.resolve("classes.log");
    try (TerminalSimulator terminal =
        TerminalSimulator.start(
            new TyrusServerTransport(),
            SimulatorOptions.defaults().withPort(0).withApproveDelay(Duration.ZERO))) {
      ProcessBuilder till =
          new ProcessBuilder(
                  ChildJvm.command(
                      List.of("-Xlog:class+load=info:file=" + classLog.toAbsolutePath()),
                      FirstPaymentTill.class,
                      List.of(terminal.address().toString(), "COLD1")))
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("out").toFile());
      till.environment()
          .put(JournalLocation.ENVIRONMENT_VARIABLE, work.resolve("journal.db").toString());
      Process process = till.start();
      assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the till ended").isTrue();
      String out = Files.readString(work.resolve("out"));
      assertThat(process.exitValue()).as(out).isZero();
      assertThat(out).contains("sale Approved").contains("query 000");
    }

    List<String> loaded = Files.readAllLines(classLog);
    assertThat(loaded)
        .as("the log saw the payment's own classes")
        .anyMatch(line -> line.contains("io.ecrhub.domain.model.MerchantOrderNo "))
        .anyMatch(line -> line.contains("io.ecrhub.domain.model.ResponseCode "));
    assertThat(loaded)
        .as(
            "a record method bootstrapped on the first payment: find it with a breakpoint in"
                + " ObjectMethods.bootstrap and write its equals/hashCode out")
        .noneMatch(line -> line.contains(RECORD_BOOTSTRAP));
  }
}
