package io.ecrhub.domain.validation;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.function.Function;

/** The small vocabulary every factory of the domain builds its {@link Validation} from. */
public final class Checks {

  /** Longest excerpt of a rejected value quoted back in a message. */
  private static final int QUOTE_LIMIT = 40;

  private Checks() {}

  /**
   * A failed validation with one violation.
   *
   * @param <T> the type the validation would have produced
   * @param field the field path the violation names
   * @param message what is wrong, as a sentence fragment after the field ("is required")
   * @return an invalid validation
   */
  public static <T> Validation<Seq<Violation>, T> invalid(String field, String message) {
    return Validation.invalid(List.of(new Violation(field, message)));
  }

  /**
   * The value of a validation, or an {@link InvalidInputException} carrying all violations.
   *
   * @param <T> the validated type
   * @param validation the result of a validation
   * @return its value, when valid
   * @throws InvalidInputException carrying every violation, when invalid
   */
  public static <T> T orThrow(Validation<Seq<Violation>, T> validation) {
    if (validation.isInvalid()) {
      throw new InvalidInputException(validation.getError());
    }
    return validation.get();
  }

  /**
   * Violations of a validation, or none when it is valid.
   *
   * @param validation the result of a validation
   * @return its violations; empty when valid
   */
  public static Seq<Violation> violationsOf(Validation<Seq<Violation>, ?> validation) {
    return validation.isInvalid() ? validation.getError() : List.empty();
  }

  /**
   * Validates an optional input: absent stays absent and valid; present is parsed by {@code
   * parser}.
   *
   * @param <R> the raw input's type
   * @param <T> the parsed type
   * @param raw the input, or none
   * @param parser applied to a present input only
   * @return none when absent, else the parsed value or its violations
   */
  public static <R, T> Validation<Seq<Violation>, Option<T>> optional(
      Option<R> raw, Function<R, Validation<Seq<Violation>, T>> parser) {
    return raw.isEmpty()
        ? Validation.valid(Option.none())
        : parser.apply(raw.get()).map(Option::of);
  }

  /**
   * A rejected value as it may be quoted back in a message: truncated, with control characters
   * escaped, so that hostile input cannot forge log lines or flood a screen.
   *
   * @param raw the rejected value; may be {@code null}
   * @return the value in single quotes, at most 40 characters of it; {@code "null"} for {@code
   *     null}
   */
  public static String quote(String raw) {
    if (raw == null) {
      return "null";
    }
    StringBuilder quoted = new StringBuilder("'");
    int limit = Math.min(raw.length(), QUOTE_LIMIT);
    for (int i = 0; i < limit; i++) {
      char c = raw.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    if (raw.length() > QUOTE_LIMIT) {
      quoted.append("…' (").append(raw.length()).append(" characters)");
    } else {
      quoted.append('\'');
    }
    return quoted.toString();
  }
}
