package io.ecrhub.domain.order;

import io.ecrhub.domain.model.NotifyUrl;
import io.ecrhub.domain.model.PayMethod;
import io.ecrhub.domain.model.PayScenario;
import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.ViolationCollector;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The optional fields of a {@code pay.order} that every transaction type may carry, each kept
 * exactly as given: an absent flag stays absent (the terminal applies its default), it is never
 * turned into {@code false}.
 *
 * @param payMethod {@code pay_method_id}; never required (a refund goes back to the original's)
 * @param payScenario {@code pay_scenario}
 * @param attach {@code attach}: merchant data the terminal returns as is
 * @param description {@code description} of the goods or service
 * @param notifyUrl {@code notify_url} for gateway notifications
 * @param expiresSeconds {@code expires}: seconds after which the order may no longer be paid
 * @param confirmOnTerminal {@code confirm_on_terminal}
 * @param requiredTerminalAuthentication {@code required_terminal_authentication}: manager
 *     authorisation on the terminal for a void or refund
 */
public record OrderOptions(
    Option<PayMethod> payMethod,
    Option<PayScenario> payScenario,
    Option<String> attach,
    Option<String> description,
    Option<NotifyUrl> notifyUrl,
    Option<Integer> expiresSeconds,
    Option<Boolean> confirmOnTerminal,
    Option<Boolean> requiredTerminalAuthentication) {

  /** Longest {@code attach} or {@code description} accepted. */
  public static final int MAX_TEXT_LENGTH = 1024;

  /** No optional field set. */
  public static final OrderOptions NONE =
      new OrderOptions(
          Option.none(),
          Option.none(),
          Option.none(),
          Option.none(),
          Option.none(),
          Option.none(),
          Option.none(),
          Option.none());

  /**
   * Checks the options: text fields at most {@value #MAX_TEXT_LENGTH} characters without control
   * characters (tab allowed), {@code expires} above zero.
   *
   * @param payMethod {@code pay_method_id}, or none
   * @param payScenario {@code pay_scenario}, or none
   * @param attach {@code attach}, or none
   * @param description {@code description}, or none
   * @param notifyUrl {@code notify_url}, or none
   * @param expiresSeconds {@code expires} in seconds, or none
   * @param confirmOnTerminal {@code confirm_on_terminal}, or none
   * @param requiredTerminalAuthentication {@code required_terminal_authentication}, or none
   * @throws NullPointerException if any is null
   * @throws io.ecrhub.domain.validation.InvalidInputException naming every broken rule
   */
  public OrderOptions {
    Objects.requireNonNull(payMethod, "payMethod");
    Objects.requireNonNull(payScenario, "payScenario");
    Objects.requireNonNull(attach, "attach");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(notifyUrl, "notifyUrl");
    Objects.requireNonNull(expiresSeconds, "expiresSeconds");
    Objects.requireNonNull(confirmOnTerminal, "confirmOnTerminal");
    Objects.requireNonNull(requiredTerminalAuthentication, "requiredTerminalAuthentication");
    ViolationCollector violations = new ViolationCollector();
    checkText(attach, FieldPath.ATTACH, violations);
    checkText(description, FieldPath.DESCRIPTION, violations);
    checkExpires(expiresSeconds, violations);
    Checks.orThrow(violations.andThen(() -> Boolean.TRUE));
  }

  /**
   * A copy with {@code pay_method_id} set.
   *
   * @param value the method; {@code null} clears it
   * @return the new options
   */
  public OrderOptions withPayMethod(PayMethod value) {
    return new OrderOptions(
        Option.of(value),
        payScenario,
        attach,
        description,
        notifyUrl,
        expiresSeconds,
        confirmOnTerminal,
        requiredTerminalAuthentication);
  }

  /**
   * A copy with {@code pay_scenario} set.
   *
   * @param value the scenario; {@code null} clears it
   * @return the new options
   */
  public OrderOptions withPayScenario(PayScenario value) {
    return new OrderOptions(
        payMethod,
        Option.of(value),
        attach,
        description,
        notifyUrl,
        expiresSeconds,
        confirmOnTerminal,
        requiredTerminalAuthentication);
  }

  static void checkText(Option<String> text, String field, ViolationCollector violations) {
    text.forEach(
        value -> {
          violations.check(
              value.length() <= MAX_TEXT_LENGTH,
              field,
              "must be at most " + MAX_TEXT_LENGTH + " characters, got " + value.length());
          violations.check(
              value.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t'),
              field,
              "must not contain control characters such as line breaks");
        });
  }

  static void checkExpires(Option<Integer> expires, ViolationCollector violations) {
    expires.forEach(
        seconds ->
            violations.check(
                seconds > 0, FieldPath.EXPIRES, "must be more than zero seconds, got " + seconds));
  }
}
