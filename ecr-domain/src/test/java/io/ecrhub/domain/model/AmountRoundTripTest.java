package io.ecrhub.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Randomized: parsing and writing an amount are inverse at every currency scale. */
class AmountRoundTripTest {

  private static final long SEED = 20250113L;
  private static final int VALUES_PER_SCALE = 3_000;

  @BeforeAll
  static void printSeed() {
    System.out.println("AmountRoundTripTest seed=" + SEED);
  }

  @ParameterizedTest
  @EnumSource(CurrencyScale.class)
  void written_amount_parses_back_to_the_same_amount_and_the_same_text(CurrencyScale scale) {
    Random random = new Random(SEED + scale.ordinal());
    long maxMinorUnits = Amount.MAX_MAJOR_UNITS.movePointRight(scale.digits()).longValueExact();
    String wireShape = scale.digits() == 0 ? "[0-9]+" : "[0-9]+\\.[0-9]{" + scale.digits() + "}";

    for (int i = 0; i < VALUES_PER_SCALE; i++) {
      long minorUnits = randomMinorUnits(random, maxMinorUnits);
      Amount amount = Amount.ofMinorUnits(minorUnits, scale);
      String wire = amount.toWire();
      String context = "seed=" + SEED + " scale=" + scale + " minorUnits=" + minorUnits;

      assertThat(wire).as(context).matches(wireShape);
      Validation<Seq<Violation>, Amount> parsed = Amount.parse(wire, scale, FieldPath.ORDER_AMOUNT);
      assertThat(parsed.isValid()).as(context + " parse(" + wire + ")").isTrue();
      assertThat(parsed.get()).as(context).isEqualTo(amount);
      assertThat(parsed.get().toWire()).as(context).isEqualTo(wire);
      assertThat(parsed.get().minorUnits()).as(context).isEqualTo(minorUnits);
      assertThat(parsed.get().value())
          .as(context)
          .isEqualByComparingTo(BigDecimal.valueOf(minorUnits, scale.digits()));

      String shortest = shortestForm(wire);
      assertThat(Amount.parse(shortest, scale, FieldPath.ORDER_AMOUNT).map(Amount::toWire).get())
          .as(context + " shortest form " + shortest)
          .isEqualTo(wire);
    }
  }

  @ParameterizedTest
  @EnumSource(CurrencyScale.class)
  void one_significant_digit_more_than_the_scale_is_always_rejected(CurrencyScale scale) {
    Random random = new Random(SEED ^ scale.ordinal());
    for (int i = 0; i < VALUES_PER_SCALE; i++) {
      long minorUnits = random.nextInt(100_000_000);
      String wire = Amount.ofMinorUnits(minorUnits, scale).toWire();
      String tooPrecise =
          (scale.digits() == 0 ? wire + "." : wire) + (1 + random.nextInt(9)); // never a 0

      assertThat(Amount.parse(tooPrecise, scale, FieldPath.ORDER_AMOUNT).isInvalid())
          .as("seed=" + SEED + " scale=" + scale + " text=" + tooPrecise)
          .isTrue();
    }
  }

  /** Mostly small, everyday amounts, sometimes anything up to the bound, and the edges. */
  private static long randomMinorUnits(Random random, long maxMinorUnits) {
    return switch (random.nextInt(10)) {
      case 0 -> 0;
      case 1 -> maxMinorUnits - random.nextInt(1000);
      case 2, 3 -> random.nextLong(maxMinorUnits + 1);
      default -> random.nextInt(1_000_000);
    };
  }

  /**
   * {@code "34.50"} as a cashier might type it: {@code "34.5"}; {@code "10.00"} as {@code "10"}.
   */
  private static String shortestForm(String wire) {
    return new BigDecimal(wire).stripTrailingZeros().toPlainString();
  }
}
