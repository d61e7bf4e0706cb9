package io.ecrhub.transport.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextCorruptionTest {

  @Test
  void mutation_always_changes_the_text_and_repeats_for_the_same_seed() {
    long seed = 7_331L;
    System.out.println("seed=" + seed);
    SplittableRandom seeds = new SplittableRandom(seed);
    String[] texts = {"", "x", "{\"topic\":\"pay.order\"}", "emoji 😀 and ü", "}"};

    for (int i = 0; i < 2_000; i++) {
      long mutationSeed = seeds.nextLong();
      String text = texts[i % texts.length];

      String damaged = TextCorruption.mutate(text, mutationSeed);

      assertThat(damaged).as("seed=%d mutationSeed=%d", seed, mutationSeed).isNotEqualTo(text);
      assertThat(TextCorruption.mutate(text, mutationSeed)).isEqualTo(damaged);
    }
  }

  @Test
  void mutation_never_splits_a_surrogate_pair() {
    String text = "😀😀😀😀😀😀😀😀";

    for (long seed = 0; seed < 500; seed++) {
      String damaged = TextCorruption.mutate(text, seed);

      assertThat(
              damaged
                  .codePoints()
                  .filter(codePoint -> Character.getType(codePoint) == Character.SURROGATE)
                  .count())
          .as("seed=%d gave %s", seed, damaged)
          .isZero();
    }
  }
}
