package io.ecrhub.it.ui;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver — never one Selenium would
 * download: both executables are named, so Selenium Manager is never asked.
 *
 * <p>The browser must not reach anything off this machine. It runs with background networking,
 * sync, component updates, extensions and default apps off, no proxy, a fresh profile, and a host
 * resolver rule that maps <em>every</em> name to nothing except {@code 127.0.0.1}: the pages are
 * addressed by IP, and any name the browser might look up on its own resolves to nothing. (A
 * network namespace with only loopback, {@code unshare -n}, would also cut chromedriver off from
 * this JVM, which talks to it on loopback; the resolver rule keeps both on this machine.)
 *
 * <p>Without chromium the test fails, saying how to install it: {@code .ci/run} installs {@code
 * chromium} and {@code chromium-driver}, so CI never skips it. {@code -Decr.chromium=PATH} and
 * {@code -Decr.chromedriver=PATH} name other executables.
 */
final class HeadlessChromium {

  static final List<String> ISOLATION =
      List.of(
          "--headless=new",
          "--no-sandbox", // the CI runs as root, where chromium's sandbox cannot start
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-sync",
          "--disable-component-update",
          "--disable-default-apps",
          "--disable-extensions",
          "--disable-domain-reliability",
          "--disable-client-side-phishing-detection",
          "--no-first-run",
          "--no-default-browser-check",
          "--no-proxy-server",
          "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
          "--window-size=1280,1000");

  private HeadlessChromium() {}

  /** A new browser with a fresh profile in {@code profile}. */
  static ChromeDriver start(Path profile) {
    Path browser = executable("ecr.chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium");
    Path driver = executable("ecr.chromedriver", "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments(ISOLATION);
    options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile())
            .usingAnyFreePort()
            .withTimeout(Duration.ofSeconds(60))
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return chrome;
  }

  private static Path executable(String property, String... candidates) {
    String named = System.getProperty(property);
    List<String> paths = named != null ? List.of(named) : List.of(candidates);
    for (String path : paths) {
      File file = new File(path);
      if (file.isFile() && file.canExecute()) {
        return file.toPath();
      }
    }
    fail(
        "the browser test of the simulator's screen needs Debian's chromium and chromedriver, and"
            + " found none at "
            + paths
            + ": install them with 'apt-get install chromium chromium-driver' (.ci/run does), or"
            + " name them with -D"
            + property
            + "=PATH");
    throw new IllegalStateException("unreachable");
  }
}
