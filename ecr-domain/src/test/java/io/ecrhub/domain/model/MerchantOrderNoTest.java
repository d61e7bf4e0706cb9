package io.ecrhub.domain.model;

import static io.ecrhub.domain.validation.ValidationAssertions.onlyViolation;
import static io.ecrhub.domain.validation.ValidationAssertions.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.InvalidInputException;
import io.ecrhub.domain.validation.Violation;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MerchantOrderNoTest {

  private static final String ALLOWED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final long SEED = 3232L;

  @BeforeAll
  static void printSeed() {
    System.out.println("MerchantOrderNoTest seed=" + SEED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "7", "20241118210100", "aZ09", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"})
  void one_to_thirty_two_ascii_letters_or_digits_are_accepted(String raw) {
    assertThat(valid(MerchantOrderNo.of(raw)).value()).isEqualTo(raw);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void missing_order_number_is_required(String raw) {
    Violation violation = onlyViolation(MerchantOrderNo.of(raw));

    assertThat(violation.field()).isEqualTo("biz_data.merchant_order_no");
    assertThat(violation.message()).isEqualTo("is required");
  }

  @Test
  void thirty_three_characters_are_too_many() {
    Violation violation = onlyViolation(MerchantOrderNo.of("A".repeat(33)));

    assertThat(violation.message())
        .isEqualTo("must be at most 32 letters or digits, got 33 characters");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "Caf\u00e9", // é is a letter, but not ASCII
        "\uff11\uff12\uff13", // full-width digits １２３
        "\u0410\u0412", // Cyrillic lookalikes of A and B
        "\u0663\u0664", // Arabic-Indic digits
        "A 1",
        " A1",
        "A1 ",
        "A-1",
        "A_1",
        "A.1",
        "A/1",
        "A1\n",
        "A1\t",
        "A1\u0000",
        "\ud83d\udcb3" // an emoji: a surrogate pair
      })
  void anything_but_ascii_letters_and_digits_is_rejected(String raw) {
    Violation violation = onlyViolation(MerchantOrderNo.of(raw));

    assertThat(violation.field()).isEqualTo(FieldPath.MERCHANT_ORDER_NO);
    assertThat(violation.message()).startsWith("may contain only letters A-Z, a-z and digits 0-9");
  }

  @Test
  void message_says_which_character_is_wrong() {
    Violation violation = onlyViolation(MerchantOrderNo.of("AB-12"));

    assertThat(violation.message()).endsWith("character 3 of 'AB-12' is '-'");
  }

  @Test
  void control_characters_are_escaped_when_quoted_back() {
    Violation violation = onlyViolation(MerchantOrderNo.of("A1\n"));

    assertThat(violation.message()).contains("\\u000a").doesNotContain("\n");
  }

  @Test
  void field_path_is_the_callers_for_an_original_order_number() {
    Violation violation = onlyViolation(MerchantOrderNo.of("", FieldPath.ORIG_MERCHANT_ORDER_NO));

    assertThat(violation.field()).isEqualTo("biz_data.orig_merchant_order_no");
  }

  @Test
  void constructor_refuses_an_invalid_number_with_the_same_rule() {
    assertThatThrownBy(() -> new MerchantOrderNo("A-1"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("biz_data.merchant_order_no: may contain only letters");
  }

  @Test
  void numbers_are_case_sensitive_values() {
    assertThat(new MerchantOrderNo("abc")).isNotEqualTo(new MerchantOrderNo("ABC"));
    assertThat(new MerchantOrderNo("A1")).isEqualTo(new MerchantOrderNo("A1"));
    assertThat(new MerchantOrderNo("A1")).hasToString("A1");
  }

  @Test
  void random_strings_of_the_allowed_alphabet_are_accepted() {
    Random random = new Random(SEED);
    for (int i = 0; i < 5_000; i++) {
      String raw = randomAllowed(random, 1 + random.nextInt(MerchantOrderNo.MAX_LENGTH));

      assertThat(MerchantOrderNo.of(raw).isValid()).as("seed=" + SEED + " raw=" + raw).isTrue();
    }
  }

  @Test
  void random_strings_containing_one_disallowed_character_are_rejected() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 5_000; i++) {
      String allowed = randomAllowed(random, random.nextInt(MerchantOrderNo.MAX_LENGTH));
      char intruder = randomDisallowedChar(random);
      int at = random.nextInt(allowed.length() + 1);
      String raw = allowed.substring(0, at) + intruder + allowed.substring(at);
      String context =
          "seed="
              + SEED
              + " intruder=U+"
              + Integer.toHexString(intruder)
              + " at "
              + at
              + " in "
              + raw;

      Violation violation = onlyViolation(MerchantOrderNo.of(raw));
      assertThat(violation.field()).as(context).isEqualTo(FieldPath.MERCHANT_ORDER_NO);
      assertThat(violation.message()).as(context).contains("character " + (at + 1) + " of");
    }
  }

  @Test
  void random_strings_of_the_allowed_alphabet_longer_than_thirty_two_are_rejected() {
    Random random = new Random(SEED + 2);
    for (int i = 0; i < 1_000; i++) {
      String raw = randomAllowed(random, 33 + random.nextInt(100));

      assertThat(MerchantOrderNo.of(raw).isInvalid()).as("seed=" + SEED + " raw=" + raw).isTrue();
    }
  }

  private static String randomAllowed(Random random, int length) {
    StringBuilder raw = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      raw.append(ALLOWED.charAt(random.nextInt(ALLOWED.length())));
    }
    return raw.toString();
  }

  /** Often a near miss (ASCII punctuation, Latin-1 letters), otherwise any UTF-16 unit. */
  private static char randomDisallowedChar(Random random) {
    while (true) {
      char c =
          random.nextBoolean()
              ? (char) random.nextInt(0x100)
              : (char) random.nextInt(Character.MAX_VALUE + 1);
      if (ALLOWED.indexOf(c) < 0) {
        return c;
      }
    }
  }
}
