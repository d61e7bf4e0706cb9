package io.ecrhub.app.events;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One request to the terminal ended.
 *
 * @param terminal the terminal, as the client names it
 * @param request which request
 * @param merchantOrderNo the order it was about
 * @param duration from the request to its end, waiting for a connection included; for a {@code
 *     pay.order}, the customer's time at the terminal too
 * @param result how it ended
 * @param responseCode the terminal's response code, when it answered
 */
public record RoundTrip(
    String terminal,
    Request request,
    MerchantOrderNo merchantOrderNo,
    Duration duration,
    Result result,
    Optional<ResponseCode> responseCode) {

  /** The requests of a payment. */
  public enum Request {
    /** {@code pay.order}. */
    ORDER("pay.order"),
    /** {@code pay.query}. */
    QUERY("pay.query"),
    /** {@code pay.close}. */
    CLOSE("pay.close");

    private final String topic;

    Request(String topic) {
      this.topic = topic;
    }

    /**
     * The request's topic on the wire: {@code pay.order}, {@code pay.query}, {@code pay.close}.
     *
     * @return the topic string
     */
    public String topic() {
      return topic;
    }
  }

  /** How a request ended. */
  public enum Result {
    /** The terminal answered. */
    ANSWERED,
    /** No answer came: a timeout, or the connection was lost after the request left. */
    NO_ANSWER,
    /** The request never left: no connection, or the client is closing. */
    NOT_SENT
  }

  /**
   * Checks that every component is present.
   *
   * @param terminal the terminal, as the client names it
   * @param request which request
   * @param merchantOrderNo the order it was about
   * @param duration from the request to its end
   * @param result how it ended
   * @param responseCode the terminal's response code, or empty
   * @throws NullPointerException if any is null
   */
  public RoundTrip {
    Objects.requireNonNull(terminal, "terminal");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(responseCode, "responseCode");
  }
}
