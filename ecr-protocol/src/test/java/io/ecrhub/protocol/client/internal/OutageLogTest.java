package io.ecrhub.protocol.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A terminal off for an hour, with an attempt every 5 s: a handful of warnings, not 720 — the first
 * failure, one a minute with the count, then how many attempts reconnecting took.
 */
class OutageLogTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final OutageLog log = new OutageLog("ws://user:***@10.0.0.5:35779", now::get);

  @Test
  void an_hour_of_failed_attempts_logs_once_a_minute_then_the_reconnection() {
    List<String> warnings = new ArrayList<>();
    for (int attempt = 0; attempt < 720; attempt++) {
      log.attemptFailed("Connection refused").ifPresent(warnings::add);
      advance(Duration.ofSeconds(5));
    }
    Optional<String> reconnected = log.connected();

    assertThat(warnings.get(0))
        .isEqualTo(
            "cannot connect to ws://user:***@10.0.0.5:35779: Connection refused (retrying;"
                + " further failures are logged once a minute)");
    assertThat(warnings).hasSize(60);
    assertThat(warnings.get(1))
        .isEqualTo(
            "still cannot connect to ws://user:***@10.0.0.5:35779: 13 attempts failed in 60 s,"
                + " the last with: Connection refused");
    assertThat(warnings.get(59)).startsWith("still cannot connect").contains("709 attempts");
    assertThat(reconnected)
        .contains(
            "reconnected to ws://user:***@10.0.0.5:35779 after 720 failed attempts in 3600 s");
  }

  @Test
  void a_connection_without_failures_says_nothing_and_a_new_outage_starts_over() {
    assertThat(log.connected()).isEmpty();

    assertThat(log.attemptFailed("refused")).isPresent();
    advance(Duration.ofSeconds(1));
    assertThat(log.attemptFailed("refused")).isEmpty();
    assertThat(log.connected())
        .contains("reconnected to ws://user:***@10.0.0.5:35779 after 2 failed attempts in 1 s");

    assertThat(log.failedAttempts()).isZero();
    assertThat(log.attemptFailed("timed out"))
        .hasValueSatisfying(first -> assertThat(first).startsWith("cannot connect to"));
  }

  private void advance(Duration by) {
    now.addAndGet(by.toNanos());
  }
}
