package io.ecrhub.it.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A POS that is itself a named module — its own {@code module-info.java} requiring {@code
 * io.ecrhub.app} — compiles against the module path and takes a sale from the simulator in a JVM of
 * its own, everything on the module path: the exports, the qualified exports and the {@code opens}
 * JSON-B and Tyrus need are right, and the default journal (SQLite, found as a {@code
 * java.sql.Driver} service) is durable there too.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ModulePathConsumerTest {

  private static final String MODULE_INFO =
      """
      module com.acme.till {
        requires io.ecrhub.app;
      }
      """;

  private static final String TILL =
      """
      package com.acme.till;

      import io.ecrhub.app.api.EcrClient;
      import io.ecrhub.domain.order.OrderDraft;
      import io.ecrhub.domain.result.PaymentOutcome;

      public final class Till {
        public static void main(String[] args) {
          try (EcrClient ecr = EcrClient.builder().terminal(args[0]).appId("till").build()) {
            ecr.connect().join();
            PaymentOutcome outcome =
                ecr.submit(OrderDraft.sale().merchantOrderNo("MODULE1").orderAmount("4.20"));
            System.out.println("outcome " + outcome.getClass().getSimpleName() + " " + outcome);
            System.out.println("module " + EcrClient.class.getModule().getName());
            System.exit(outcome instanceof PaymentOutcome.Approved ? 0 : 1);
          }
        }
      }
      """;

  @Test
  void a_pos_module_requiring_io_ecrhub_app_compiles_and_takes_a_sale(@TempDir Path work)
      throws Exception {
    String modulePath = modulePathOf("io.ecrhub.app");
    Path sources = work.resolve("src");
    Path classes = work.resolve("classes");
    Files.createDirectories(sources.resolve("com/acme/till"));
    Files.writeString(sources.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(sources.resolve("com/acme/till/Till.java"), TILL);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int compiled =
        javac.run(
            null,
            null,
            null,
            "--module-path",
            modulePath,
            "-d",
            classes.toString(),
            sources.resolve("module-info.java").toString(),
            sources.resolve("com/acme/till/Till.java").toString());
    assertThat(compiled).as("javac exit code").isZero();

    try (TerminalSimulator simulator =
        TerminalSimulator.start(
            new TyrusServerTransport(),
            SimulatorOptions.defaults().withPort(0).withApproveDelay(java.time.Duration.ZERO))) {
      Process till =
          WithoutGuiceTest.durableByDefault(
                  new ProcessBuilder(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Duser.home=" + work.toAbsolutePath(),
                      "--module-path",
                      classes + File.pathSeparator + modulePath,
                      "--module",
                      "com.acme.till/com.acme.till.Till",
                      simulator.address().toString()))
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("till.log").toFile())
              .start();
      assertThat(till.waitFor(2, TimeUnit.MINUTES)).as("the till ended").isTrue();
      String log = Files.readString(work.resolve("till.log"));

      assertThat(till.exitValue()).as(log).isZero();
      assertThat(log).contains("outcome Approved").contains("module io.ecrhub.app");
      assertThat(simulator.ledger().payOrdersReceived("MODULE1")).isEqualTo(1);
      assertThat(work.resolve(".ecr/journal.db"))
          .as("the durable default journal, its SQLite driver found on the module path")
          .isRegularFile();
    }
  }

  /**
   * The module path {@code root} needs, as the JDK resolves it (services bound, so that JSON-B and
   * JSON-P find their providers): picked from this test's class path, where every dependency is.
   */
  private static String modulePathOf(String root) throws IOException {
    Path[] entries =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.isBlank())
            .map(Path::of)
            .filter(Files::exists)
            .toArray(Path[]::new);
    Configuration resolved =
        ModuleLayer.boot()
            .configuration()
            .resolveAndBind(ModuleFinder.of(entries), ModuleFinder.of(), Set.of(root));
    List<String> path =
        resolved.modules().stream()
            .map(ResolvedModule::reference)
            .map(reference -> Path.of(reference.location().orElseThrow()).toString())
            .sorted()
            .toList();
    assertThat(path).anyMatch(entry -> entry.contains("yasson"));
    return path.stream().collect(Collectors.joining(File.pathSeparator));
  }
}
