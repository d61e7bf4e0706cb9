package io.ecrhub.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.it.cli.EcrJar;
import io.ecrhub.it.cli.EcrRun;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input, through {@code ecr} as a real process: a terminal whose text tries to repaint the
 * cashier's screen, reached at an address with a password. What it says is shown inert — every
 * control and bidirectional character escaped, in the sale's output and in {@code ecr journal} —
 * and the password appears nowhere: not in output, not in errors, not in the journal file.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class HostileTextProcessTest {

  private static final String PASSWORD = "s3cretPW";

  @TempDir Path work;

  @Test
  void a_terminal_cannot_repaint_declined_as_approved_and_a_password_in_its_address_never_shows()
      throws Exception {
    EcrJar ecr = EcrJar.in(work);
    String journal = work.resolve("journal.db").toString();
    try (HostileTerminal terminal = HostileTerminal.start()) {
      String address = "ws://till:" + PASSWORD + "@127.0.0.1:" + terminal.address().getPort();

      EcrRun sale =
          ecr.run(
              "sale",
              "--terminal",
              address,
              "--app-id",
              "A",
              "--journal",
              journal,
              "--order-no",
              "HOSTILE1",
              "--amount",
              "1.00");
      EcrRun json =
          ecr.run(
              "sale",
              "--terminal",
              address,
              "--app-id",
              "A",
              "--journal",
              journal,
              "--order-no",
              "HOSTILE2",
              "--amount",
              "1.00",
              "--json");
      EcrRun listed = ecr.run("journal", "--journal", journal);
      EcrRun listedJson = ecr.run("journal", "--journal", journal, "--json");

      assertThat(sale.exitCode()).as(sale.toString()).isEqualTo(1);
      assertThat(sale.stdout())
          .startsWith("sale to ws://till:***@127.0.0.1:")
          .contains("DECLINED")
          .contains("\\u001b[2K\\u000d\\u001b[32mAPPROVED\\u001b[0m \\u202eDENILCED")
          .contains("5021\\u001b[1A\\u2066007");
      for (EcrRun run : new EcrRun[] {sale, json, listed, listedJson}) {
        assertThat(run.stdout() + run.stderr())
            .as(run.toString())
            .doesNotContain("\u001b", "\u202e", "\u2066", "\u0007", "\u2028", "\r")
            .doesNotContain(PASSWORD);
      }

      assertThat(json.exitCode()).as(json.toString()).isEqualTo(1);
      JsonObject answer = json.json();
      assertThat(answer.getString("response_msg"))
          .as("JSON keeps the terminal's words exactly, as escapes a reader decodes")
          .isEqualTo(HostileTerminal.REPAINT);
      assertThat(answer.getString("terminal")).contains("till:***@");

      assertThat(listed.exitCode()).as(listed.toString()).isZero();
      assertThat(listed.stdout())
          .contains("HOSTILE1", "HOSTILE2")
          .contains("5021\\u001b[1A\\u2066007")
          .contains("ws://till:***@127.0.0.1:");
      assertThat(listedJson.json().getJsonArray("entries").getJsonObject(0).getString("terminal"))
          .isEqualTo("ws://till:***@127.0.0.1:" + terminal.address().getPort());
    }
    for (Path file :
        Files.list(work).filter(f -> f.getFileName().toString().startsWith("journal")).toList()) {
      assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
          .as("the journal file " + file.getFileName())
          .doesNotContain(PASSWORD);
    }
  }
}
