package io.ecrhub.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.ForecourtItem;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Randomized: forecourt item amounts (minor units) must add up to {@code order_amount} (major
 * units). Any split of a total validates; any split one minor unit off never does.
 */
class ForecourtSumTest {

  private static final long SEED = 4_242_2025L;
  private static final int ORDERS = 2_000;
  private static final int MAX_ITEMS = 8;

  @BeforeAll
  static void printSeed() {
    System.out.println("ForecourtSumTest seed=" + SEED);
  }

  @Test
  void random_splits_of_a_random_total_always_validate() {
    Random random = new Random(SEED);
    for (int i = 0; i < ORDERS; i++) {
      CurrencyScale scale = CurrencyScale.values()[random.nextInt(CurrencyScale.values().length)];
      long total = randomTotal(random);
      long[] split = randomSplit(random, total);
      String context = context(scale, total, split);

      Validation<Seq<Violation>, PaymentOrder> result =
          draft(random, scale, total, split).validate();

      assertThat(result.isValid()).as(context + " -> " + result).isTrue();
      assertThat(
              result.get().forecourtData().map(ForecourtItem::amountMinorUnits).sum().longValue())
          .as(context)
          .isEqualTo(total);
    }
  }

  @Test
  void a_split_one_minor_unit_off_never_validates_and_names_both_sums() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < ORDERS; i++) {
      CurrencyScale scale = CurrencyScale.values()[random.nextInt(CurrencyScale.values().length)];
      long total = randomTotal(random);
      long[] split = randomSplit(random, total);
      int victim = random.nextInt(split.length);
      boolean up = split[victim] == 1 || random.nextBoolean();
      split[victim] += up ? 1 : -1;
      long itemsTotal = Arrays.stream(split).sum();
      String context = context(scale, total, split);

      Validation<Seq<Violation>, PaymentOrder> result =
          draft(random, scale, total, split).validate();

      assertThat(result.isInvalid()).as(context).isTrue();
      assertThat(result.getError().asJava()).as(context).hasSize(1);
      Violation violation = result.getError().head();
      assertThat(violation.field()).as(context).isEqualTo(FieldPath.FORECOURT_DATA);
      assertThat(violation.message())
          .as(context)
          .startsWith("item amounts add up to " + itemsTotal + " cents")
          .endsWith(" is " + total + " cents");
    }
  }

  private static OrderDraft draft(Random random, CurrencyScale scale, long total, long[] split) {
    FuelOrderType type = FuelOrderType.values()[random.nextInt(3)];
    OrderDraft draft =
        type.draft().currencyScale(scale).orderAmount(Amount.ofMinorUnits(total, scale).toWire());
    for (long amount : split) {
      draft.forecourtItem(
          String.format(Locale.ROOT, "%02d", random.nextInt(100)),
          randomLitres(random),
          Long.toString(amount));
    }
    return draft;
  }

  /** The three types that carry fuel lines. */
  private enum FuelOrderType {
    SALE,
    PRE_AUTH,
    COMPLETION;

    OrderDraft draft() {
      return switch (this) {
        case SALE -> OrderDraft.sale().merchantOrderNo("F1");
        case PRE_AUTH -> OrderDraft.preAuth().merchantOrderNo("F1");
        case COMPLETION -> OrderDraft.completion().merchantOrderNo("F2").origMerchantOrderNo("F1");
      };
    }
  }

  private static long randomTotal(Random random) {
    return random.nextInt(4) == 0 ? 1 + random.nextInt(10) : 1 + random.nextLong(50_000_000L);
  }

  /** 1 to 8 positive parts adding up to {@code total}. */
  private static long[] randomSplit(Random random, long total) {
    int parts = (int) Math.min(total, 1 + random.nextInt(MAX_ITEMS));
    long[] cuts = new long[parts + 1];
    cuts[parts] = total;
    Set<Long> chosen = new TreeSet<>();
    while (chosen.size() < parts - 1) {
      chosen.add(1 + random.nextLong(total - 1));
    }
    int i = 1;
    for (long cut : chosen) {
      cuts[i++] = cut;
    }
    long[] split = new long[parts];
    for (int p = 0; p < parts; p++) {
      split[p] = cuts[p + 1] - cuts[p];
    }
    return split;
  }

  private static String randomLitres(Random random) {
    return String.format(Locale.ROOT, "%d.%03d", random.nextInt(1000), 1 + random.nextInt(999));
  }

  private static String context(CurrencyScale scale, long total, long[] split) {
    return "seed="
        + SEED
        + " scale="
        + scale
        + " total="
        + total
        + " items="
        + Arrays.toString(split);
  }
}
