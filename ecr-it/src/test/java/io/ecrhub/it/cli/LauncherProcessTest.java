package io.ecrhub.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ecr-cli/target/ecr} that the README tells users to run: it must start ecr
 * with the class-data archive the build trained beside the jar (BENCHMARKS.md, cold start), and
 * still run — silently, as {@code java -jar} would — where that archive does not fit.
 */
class LauncherProcessTest {

  @TempDir Path work;

  @Test
  void the_launcher_maps_the_archive_the_build_trained_and_the_command_runs() {
    // -Xshare:on makes the JVM refuse to start when the archive cannot be used
    EcrRun run =
        EcrJar.in(work)
            .withEnvironment(
                Map.of("ECR_JAVA_OPTS", "-Duser.home=" + work.toAbsolutePath() + " -Xshare:on"))
            .run("--version");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.stdout()).startsWith("ecr ");
    assertThat(run.stderr()).isEmpty();
  }

  @Test
  void a_copy_whose_archive_no_longer_fits_runs_without_it_and_without_a_warning()
      throws Exception {
    EcrJar.requireJar();
    Path copy = Files.createDirectories(work.resolve("elsewhere"));
    for (String file : new String[] {"ecr", "ecr.jar", "ecr.jsa"}) {
      Files.copy(
          EcrJar.JAR.resolveSibling(file), copy.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
    }
    // the archive names the jar it was trained with: a copy elsewhere is another jar to the JVM

    Process process =
        new ProcessBuilder(copy.resolve("ecr").toString(), "--version")
            .redirectOutput(work.resolve("stdout").toFile())
            .redirectError(work.resolve("stderr").toFile())
            .start();
    boolean exited = process.waitFor(EcrJar.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }

    assertThat(exited).isTrue();
    assertThat(process.exitValue()).as("stderr: %s", read("stderr")).isZero();
    assertThat(read("stdout")).startsWith("ecr ");
    assertThat(read("stderr")).isEmpty();
  }

  private String read(String file) throws IOException {
    return Files.readString(work.resolve(file), StandardCharsets.UTF_8);
  }
}
