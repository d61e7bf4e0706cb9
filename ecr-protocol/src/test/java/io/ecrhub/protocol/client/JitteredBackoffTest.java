package io.ecrhub.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.payment.Backoff;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JitteredBackoffTest {

  private static final Backoff DOUBLING =
      new Backoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(1));

  @Test
  void without_jitter_the_pauses_are_the_domains_backoff() {
    JitteredBackoff policy = new JitteredBackoff(DOUBLING, 0.0, new Random(1));

    assertThat(policy.nextDelay(0)).contains(Duration.ofMillis(100));
    assertThat(policy.nextDelay(3)).contains(Duration.ofMillis(800));
    assertThat(policy.nextDelay(10)).contains(Duration.ofSeconds(1));
    assertThat(policy.nextDelay(Integer.MAX_VALUE)).contains(Duration.ofSeconds(1));
  }

  @Test
  void jitter_spreads_each_pause_within_its_fraction() {
    long seed = 7L;
    System.out.println("seed=" + seed);
    JitteredBackoff policy = new JitteredBackoff(DOUBLING, 0.2, new Random(seed));

    for (int attempt = 0; attempt < 50; attempt++) {
      long expected = DOUBLING.delay(attempt).toNanos();
      assertThat(policy.nextDelay(attempt).orElseThrow().toNanos())
          .as("seed=%d attempt %d", seed, attempt)
          .isBetween((long) (expected * 0.8), (long) (expected * 1.2));
    }
  }

  @Test
  void a_jitter_outside_zero_to_one_is_refused_naming_it() {
    assertThatThrownBy(() -> new JitteredBackoff(DOUBLING, 1.0, new Random()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jitter");
  }
}
