package io.ecrhub.simulator.internal;

import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * Why the simulator turns a request down before any transaction starts.
 *
 * @param code the {@code response_code} of the answer
 * @param detail what was wrong, naming the field or the order
 */
public record Refusal(ResponseCode code, String detail) {

  /**
   * Checks that neither component is {@code null}.
   *
   * @param code the {@code response_code} of the answer
   * @param detail what was wrong
   */
  public Refusal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * A {@code 202} listing every violation, one per field: the answer to invalid input.
   *
   * @param violations the order's violations; not empty
   * @return a {@code 202} refusal whose detail joins the violations with {@code "; "}
   */
  public static Refusal parameterError(Seq<Violation> violations) {
    return new Refusal(ResponseCode.PARAMETER_ERROR, violations.mkString("; "));
  }

  /**
   * The {@code response_msg}: the code's meaning, then the detail.
   *
   * @return the text for {@code response_msg}
   */
  public String message() {
    return code.description() + ": " + detail;
  }
}
