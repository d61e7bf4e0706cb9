package io.ecrhub.simulator.ui.internal;

import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.simulator.OrderDecision;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The body of {@code POST /api/decision}, read into an order number and an {@link OrderDecision}:
 *
 * <pre>{@code
 * {"merchant_order_no": "A1001", "decision": "decline", "code": "115"}
 * {"merchant_order_no": "A1001", "decision": "complete-after", "seconds": 5}
 * }</pre>
 *
 * Every field that is wrong is named, with why, and nothing is decided.
 */
record DecisionForm(String merchantOrderNo, OrderDecision decision) {

  /** The decisions by the name the page sends; decline and complete-after take a parameter. */
  static final Map<String, Supplier<OrderDecision>> SIMPLE =
      Map.of(
          "approve", OrderDecision::approve,
          "operator-cancel", OrderDecision::operatorCancel,
          "read-card-timeout", OrderDecision::readCardTimeout,
          "qr-timeout", OrderDecision::qrTimeout,
          "stay-silent", OrderDecision::staySilent,
          "result-unknown-then-complete", OrderDecision::resultUnknownThenComplete,
          "drop-connection", OrderDecision::dropConnection);

  static final String DECLINE = "decline";
  static final String COMPLETE_AFTER = "complete-after";

  static Either<List<Violation>, DecisionForm> read(JsonObject body) {
    List<Violation> problems = List.empty();
    String number = text(body, "merchant_order_no");
    if (number == null || number.isBlank()) {
      problems = problems.append(new Violation("merchant_order_no", "is required"));
    }
    String name = text(body, "decision");
    OrderDecision decision = null;
    if (name == null) {
      problems = problems.append(new Violation("decision", "is required: " + names()));
    } else if (SIMPLE.containsKey(name)) {
      decision = SIMPLE.get(name).get();
    } else if (name.equals(DECLINE)) {
      String code = text(body, "code");
      if (code == null || !OrderDecision.DECLINE_CODES.contains(ResponseCode.of(code))) {
        problems =
            problems.append(
                new Violation(
                    "code",
                    (code == null ? "is required" : "'" + code + "' is not a decline code")
                        + ": one of "
                        + String.join(
                            ", ",
                            OrderDecision.DECLINE_CODES.stream()
                                .map(ResponseCode::code)
                                .toList())));
      } else {
        decision = OrderDecision.decline(ResponseCode.of(code));
      }
    } else if (name.equals(COMPLETE_AFTER)) {
      JsonValue seconds = body.get("seconds");
      long maxSeconds = OrderDecision.LONGEST_DELAY.toSeconds();
      if (!(seconds instanceof JsonNumber count)
          || !count.isIntegral()
          || count.longValue() < 0
          || count.longValue() > maxSeconds) {
        problems =
            problems.append(
                new Violation("seconds", "must be a whole number of seconds, 0 to " + maxSeconds));
      } else {
        decision = OrderDecision.completeAfter(Duration.ofSeconds(count.longValue()));
      }
    } else {
      problems =
          problems.append(new Violation("decision", "'" + name + "' is not one of " + names()));
    }
    return problems.isEmpty()
        ? Either.right(new DecisionForm(number, decision))
        : Either.left(problems);
  }

  private static String names() {
    return String.join(
        ", ",
        List.ofAll(SIMPLE.keySet()).append(DECLINE).append(COMPLETE_AFTER).sorted().toJavaList());
  }

  /** A string field, or null when it is absent or not a string. */
  private static String text(JsonObject body, String field) {
    JsonValue value = body.get(field);
    return value instanceof JsonString string ? string.getString() : null;
  }
}
