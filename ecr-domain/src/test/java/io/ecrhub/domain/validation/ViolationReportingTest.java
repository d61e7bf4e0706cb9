package io.ecrhub.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;

/** How violations are gathered, worded and quoted back. */
class ViolationReportingTest {

  @Test
  void a_violation_reads_as_field_path_then_sentence() {
    assertThat(new Violation(FieldPath.ORDER_AMOUNT, "must not be negative"))
        .hasToString("biz_data.order_amount: must not be negative");
  }

  @Test
  void forecourt_item_paths_index_the_array() {
    assertThat(FieldPath.forecourtItem(1, "quantity"))
        .isEqualTo("biz_data.forecourt_data[1].quantity");
  }

  @Test
  void the_collector_keeps_every_violation_in_order_and_builds_nothing_when_any() {
    ViolationCollector collector = new ViolationCollector();
    String taken = collector.take(Checks.invalid("a", "first"));
    collector.check(false, "b", "second").check(true, "c", "never");
    boolean[] built = {false};

    Validation<?, ?> result =
        collector.andThen(
            () -> {
              built[0] = true;
              return "value";
            });

    assertThat(taken).isNull();
    assertThat(result.isInvalid()).isTrue();
    assertThat(collector.violations().map(Violation::toString))
        .containsExactly("a: first", "b: second");
    assertThat(built[0]).as("builder ran").isFalse();
  }

  @Test
  void the_collector_builds_the_value_when_nothing_was_collected() {
    ViolationCollector collector = new ViolationCollector();

    assertThat(collector.take(Validation.valid("ok"))).isEqualTo("ok");
    assertThat(collector.andThen(() -> 42).get()).isEqualTo(42);
    assertThat(collector.isEmpty()).isTrue();
  }

  @Test
  void an_absent_optional_input_is_valid_and_stays_absent() {
    assertThat(Checks.optional(Option.<String>none(), raw -> Checks.invalid("f", "bad")).get())
        .isEmpty();
    assertThat(Checks.optional(Option.some("x"), raw -> Checks.invalid("f", "bad")).isInvalid())
        .isTrue();
  }

  @Test
  void an_exception_with_several_violations_lists_all_of_them() {
    InvalidInputException thrown =
        new InvalidInputException(
            List.of(new Violation("a", "is required"), new Violation("b", "must be more")));

    assertThat(thrown)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid input (2 problems): a: is required; b: must be more");
    assertThat(thrown.violations()).hasSize(2);
  }

  @Test
  void or_throw_returns_the_value_or_throws_with_every_violation() {
    assertThat(Checks.orThrow(Validation.valid("v"))).isEqualTo("v");
    assertThatThrownBy(() -> Checks.orThrow(Checks.invalid("f", "is required")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: f: is required");
  }

  @Test
  void quoted_values_escape_control_characters_so_they_cannot_forge_log_lines() {
    assertThat(Checks.quote("A\r\nB\u007f")).isEqualTo("'A\\u000d\\u000aB\\u007f'");
  }

  @Test
  void quoted_values_are_truncated_and_say_how_long_they_were() {
    assertThat(Checks.quote("x".repeat(100)))
        .isEqualTo("'" + "x".repeat(40) + "…' (100 characters)");
    assertThat(Checks.quote(null)).isEqualTo("null");
  }

  @Test
  void a_violation_needs_a_field_and_a_message() {
    assertThatThrownBy(() -> new Violation(null, "m")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Violation("f", null)).isInstanceOf(NullPointerException.class);
  }
}
