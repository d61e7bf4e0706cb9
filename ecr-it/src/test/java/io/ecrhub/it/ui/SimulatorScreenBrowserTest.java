package io.ecrhub.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.ecrhub.it.cli.EcrJar;
import io.ecrhub.it.cli.EcrRun;
import io.ecrhub.it.cli.StartedEcr;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The simulator's screen end to end, as a tester uses it: {@code ecr simulate --ui} and {@code ecr
 * sale} as real processes, the page in a real headless chromium (see {@link HeadlessChromium} for
 * how it is kept on this machine), every order decided by pressing the page's buttons.
 */
class SimulatorScreenBrowserTest {

  /** Where the test leaves its picture of the page; {@code docs/simulator-ui.png} is a copy. */
  static final Path SCREENSHOT = Path.of("target", "simulator-ui.png");

  @TempDir Path work;

  private EcrJar ecr;
  private SimulatorWithScreen simulator;
  private ChromeDriver browser;

  @BeforeEach
  void start() {
    ecr = EcrJar.in(work);
    simulator = SimulatorWithScreen.start(ecr);
    browser = HeadlessChromium.start(work.resolve("chromium-profile"));
  }

  @AfterEach
  void stop() throws InterruptedException {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      simulator.close();
    }
  }

  @Test
  void a_tester_declines_approves_and_drops_sales_from_the_page() throws Exception {
    ScreenPage page = ScreenPage.open(browser, simulator.screen());
    page.setManualMode(true);
    page.eventually("manual mode on").until(page::manualMode);

    // decline 115: the CLI reports the decline, exit 1
    StartedEcr declined = sale("UI1", "10.00");
    assertThat(page.awaitOrder("UI1")).contains("sale (1)").contains("10.00").contains("held");
    page.decline("UI1", "115");
    EcrRun declinedRun = declined.awaitExit(EcrJar.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    assertThat(declinedRun.exitCode()).as(declinedRun.toString()).isEqualTo(1);
    assertThat(declinedRun.json().getString("outcome")).isEqualTo("DECLINED");
    assertThat(declinedRun.json().getString("response_code")).isEqualTo("115");
    page.awaitSettled("UI1");
    page.awaitLedgerStatus("UI1", "closed (1)");

    // approve: exit 0; the picture for the README is taken while the order waits
    StartedEcr approved = sale("UI2", "34.50");
    page.awaitOrder("UI2");
    page.screenshot(SCREENSHOT);
    page.press("UI2", "Approve");
    EcrRun approvedRun = approved.awaitExit(EcrJar.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    assertThat(approvedRun.exitCode()).as(approvedRun.toString()).isZero();
    assertThat(approvedRun.json().getString("outcome")).isEqualTo("APPROVED");
    page.awaitLedgerStatus("UI2", "completed (2)");

    // drop the connection: as the README says, the client reconnects and queries the order, which
    // stays processing, until the terminal reports a final status — here the tester's approval
    StartedEcr dropped = sale("UI3", "12.00");
    page.awaitOrder("UI3");
    page.press("UI3", "Drop the connection");
    page.awaitOrderSays("UI3", "connection dropped: decide again to settle it");
    page.eventually("a query of UI3 after the drop")
        .until(() -> countFrames(page, "ecrhub.pay.query", "UI3") > 0);
    assertThat(dropped.process().isAlive()).as("the sale waits for a final status").isTrue();
    page.press("UI3", "Approve");
    EcrRun droppedRun = dropped.awaitExit(EcrJar.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    assertThat(droppedRun.exitCode()).as(droppedRun.toString()).isZero();
    assertThat(droppedRun.json().getString("outcome")).isEqualTo("APPROVED");
    assertThat(droppedRun.json().getString("decided_by")).contains("query");
    page.awaitLedgerStatus("UI3", "completed (2)");

    // drop, and nobody decides: unknown once the recovery deadline has passed (exit 3); the
    // order is still the tester's to settle, and the ledger says what they decided
    StartedEcr unsettled = sale("UI4", "15.00", "--recovery-deadline", "3s");
    page.awaitOrder("UI4");
    page.press("UI4", "Drop the connection");
    EcrRun unsettledRun = unsettled.awaitExit(EcrJar.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    assertThat(unsettledRun.exitCode()).as(unsettledRun.toString()).isEqualTo(3);
    assertThat(unsettledRun.json().getString("outcome")).isEqualTo("UNKNOWN");
    page.press("UI4", "Operator cancel");
    page.awaitLedgerStatus("UI4", "closed (1)");

    // the log shows both directions, pretty-printed
    List<String> frames = page.frames();
    assertThat(frames)
        .anyMatch(
            frame ->
                frame.contains("POS → terminal")
                    && frame.contains("\"topic\": \"ecrhub.pay.order\"")
                    && frame.contains("\"merchant_order_no\": \"UI1\""))
        .anyMatch(
            frame ->
                frame.contains("terminal → POS")
                    && frame.contains("\"response_code\": \"115\"")
                    && frame.contains("\"merchant_order_no\": \"UI1\""));
    assertThat(Files.size(SCREENSHOT)).isPositive();
  }

  @Test
  void a_page_of_another_origin_cannot_switch_modes_or_listen_even_with_the_token()
      throws Exception {
    ScreenPage page = ScreenPage.open(browser, simulator.screen());
    String token = page.token();
    HttpServer attacker =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    attacker.createContext(
        "/",
        exchange -> {
          byte[] body = attackerPage(simulator.screen(), token).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    attacker.start();
    try {
      browser.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
      String outcome =
          page.eventually("the other page's attempts")
              .until(() -> browser.findElement(By.id("done")).getText(), text -> !text.isEmpty());

      assertThat(outcome)
          .contains("fetch with token: blocked")
          .contains("no-cors post: sent")
          .contains("event stream: refused");
      assertThat(simulator.stderr())
          .contains(
              "refused POST /api/manual-mode: origin 'http://127.0.0.1:"
                  + attacker.getAddress().getPort())
          .contains(
              "refused GET /events: origin 'http://127.0.0.1:" + attacker.getAddress().getPort());

      ScreenPage again = ScreenPage.open(browser, simulator.screen());
      assertThat(again.manualMode()).as("manual mode is still off").isFalse();
    } finally {
      attacker.stop(0);
    }
  }

  /**
   * A page of another origin (another port of 127.0.0.1) that knows the UI's token — the worst case
   * — and tries the buttons and the live channel every way a page can.
   */
  private static String attackerPage(URI screen, String token) {
    return """
        <!DOCTYPE html><html><body><p id="done"></p><script>
        const ui = "%s", token = "%s", results = [];
        async function attempt() {
          try {
            await fetch(ui + "api/manual-mode", {method: "POST",
              headers: {"Content-Type": "application/json", "X-Ecr-Ui-Token": token},
              body: '{"on":true}'});
            results.push("fetch with token: answered");
          } catch (e) { results.push("fetch with token: blocked"); }
          try {
            await fetch(ui + "api/manual-mode?token=" + token, {method: "POST", mode: "no-cors",
              headers: {"Content-Type": "text/plain"}, body: '{"on":true}'});
            results.push("no-cors post: sent");
          } catch (e) { results.push("no-cors post: blocked"); }
          await new Promise((resolve) => {
            const events = new EventSource(ui + "events?token=" + token);
            events.addEventListener("state", () => { results.push("event stream: LISTENING"); events.close(); resolve(); });
            events.onerror = () => { results.push("event stream: refused"); events.close(); resolve(); };
          });
          document.getElementById("done").textContent = results.join("; ");
        }
        attempt();
        </script></body></html>
        """
        .formatted(screen, token);
  }

  private StartedEcr sale(String orderNo, String amount, String... more) {
    String[] args = {
      "sale",
      "--terminal",
      simulator.terminal().toString(),
      "--app-id",
      "shop1",
      "--journal",
      work.resolve("till.db").toString(),
      "--order-no",
      orderNo,
      "--amount",
      amount,
      "--json"
    };
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return ecr.start(all);
  }

  private static long countFrames(ScreenPage page, String topic, String merchantOrderNo) {
    return page.frames().stream()
        .filter(frame -> frame.contains("POS → terminal"))
        .filter(frame -> frame.contains("\"topic\": \"" + topic + "\""))
        .filter(frame -> frame.contains("\"merchant_order_no\": \"" + merchantOrderNo + "\""))
        .count();
  }
}
