package io.ecrhub.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The simulator's screen in the browser, read and pressed the way a tester (or a screen reader)
 * finds things: by the labels of its regions, its switch and its buttons.
 */
final class ScreenPage {

  private final ChromeDriver browser;

  private ScreenPage(ChromeDriver browser) {
    this.browser = browser;
  }

  /** Opens the screen and waits until its live channel is up. */
  static ScreenPage open(ChromeDriver browser, URI screen) {
    browser.get(screen.toString());
    ScreenPage page = new ScreenPage(browser);
    page.eventually("the live channel")
        .until(() -> browser.findElement(By.id("live")).getText(), "live"::equals);
    return page;
  }

  /** The token the page was given, as a script of this page would read it. */
  String token() {
    return browser.findElement(By.cssSelector("meta[name='ecr-ui-token']")).getAttribute("content");
  }

  void setManualMode(boolean on) {
    WebElement manual = browser.findElement(By.cssSelector("input[role='switch']"));
    assertThat(manual.getAccessibleName()).isEqualTo("Manual mode");
    if (manual.isSelected() != on) {
      manual.click();
    }
  }

  boolean manualMode() {
    return browser.findElement(By.cssSelector("input[role='switch']")).isSelected();
  }

  /** The card of an order in progress, once it shows; its text. */
  String awaitOrder(String merchantOrderNo) {
    return eventually("order " + merchantOrderNo + " on the screen")
        .until(() -> order(merchantOrderNo).getText(), text -> !text.isEmpty());
  }

  /** Waits until the order's card says {@code text}. */
  void awaitOrderSays(String merchantOrderNo, String text) {
    eventually("order " + merchantOrderNo + " saying '" + text + "'")
        .until(() -> order(merchantOrderNo).getText(), shown -> shown.contains(text));
  }

  /** Presses a button of the order's group of decisions. */
  void press(String merchantOrderNo, String button) {
    WebElement decisions =
        order(merchantOrderNo)
            .findElement(
                By.cssSelector(
                    "[role='group'][aria-label='Decide order " + merchantOrderNo + "']"));
    decisions.findElement(By.xpath(".//button[normalize-space()='" + button + "']")).click();
  }

  /** Picks a decline code and presses "Decline CODE". */
  void decline(String merchantOrderNo, String code) {
    WebElement codes =
        order(merchantOrderNo)
            .findElement(
                By.cssSelector("select[aria-label='Decline code for " + merchantOrderNo + "']"));
    codes.findElement(By.cssSelector("option[value='" + code + "']")).click();
    press(merchantOrderNo, "Decline " + code);
  }

  /** Waits until the order has no card: it is no longer in progress. */
  void awaitSettled(String merchantOrderNo) {
    eventually("order " + merchantOrderNo + " to leave the orders in progress")
        .until(() -> browser.findElements(orderCard(merchantOrderNo)).isEmpty());
  }

  /** The ledger's row of the order: its cells' text. */
  List<String> ledgerRow(String merchantOrderNo) {
    return eventually("order " + merchantOrderNo + " in the ledger")
        .until(
            () ->
                browser
                    .findElements(
                        By.cssSelector("table#ledger tr[data-order='" + merchantOrderNo + "'] > *"))
                    .stream()
                    .map(WebElement::getText)
                    .toList(),
            cells -> !cells.isEmpty());
  }

  /** Waits until the ledger shows the order in {@code status}, e.g. {@code "closed (1)"}. */
  void awaitLedgerStatus(String merchantOrderNo, String status) {
    eventually("order " + merchantOrderNo + " " + status + " in the ledger")
        .until(
            () -> ledgerRow(merchantOrderNo),
            cells -> cells.size() > 3 && cells.get(3).equals(status));
  }

  /** The frame log's entries, newest first, as shown. */
  List<String> frames() {
    return browser
        .findElement(By.cssSelector("ol[aria-labelledby='frames-heading']"))
        .findElements(By.tagName("li"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Writes what the browser shows to {@code file}. */
  void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private WebElement order(String merchantOrderNo) {
    return browser.findElement(orderCard(merchantOrderNo));
  }

  private static By orderCard(String merchantOrderNo) {
    return By.cssSelector("article[aria-label='Order " + merchantOrderNo + "']");
  }

  ConditionFactory eventually(String what) {
    return Awaitility.await(what)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptions();
  }
}
