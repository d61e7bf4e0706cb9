package io.ecrhub.protocol.client.internal;

import io.ecrhub.protocol.client.ClientDialect;
import java.time.Duration;
import java.util.Objects;

/**
 * The POS's identity and patience on one session.
 *
 * @param appId {@code app_id}: the payment app id registered in the PayCloud gateway
 * @param connectWait how long a request waits for a connection before it is reported not sent
 * @param dialect which optional envelope fields requests carry
 */
public record SessionOptions(String appId, Duration connectWait, ClientDialect dialect) {

  /**
   * Checks the options.
   *
   * @param appId {@code app_id}; must not be blank
   * @param connectWait how long a request waits for a connection
   * @param dialect which optional envelope fields requests carry
   * @throws IllegalArgumentException when {@code appId} is blank
   */
  public SessionOptions {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(connectWait, "connectWait");
    Objects.requireNonNull(dialect, "dialect");
    if (appId.isBlank()) {
      throw new IllegalArgumentException("app_id must not be blank");
    }
  }

  /**
   * Options with a 5 second connect wait and the default dialect.
   *
   * @param appId {@code app_id}; must not be blank
   * @return the options
   */
  public static SessionOptions of(String appId) {
    return new SessionOptions(appId, Duration.ofSeconds(5), ClientDialect.defaults());
  }

  /**
   * With the default dialect: {@code request_id} on, {@code version} off.
   *
   * @param appId {@code app_id}; must not be blank
   * @param connectWait how long a request waits for a connection
   */
  public SessionOptions(String appId, Duration connectWait) {
    this(appId, connectWait, ClientDialect.defaults());
  }
}
