package io.ecrhub.protocol.client.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * The POS's identity and patience on one session.
 *
 * @param appId {@code app_id}: the payment app id registered in the PayCloud gateway
 * @param connectWait how long a request waits for a connection before it is reported not sent
 */
public record SessionOptions(String appId, Duration connectWait) {

  public SessionOptions {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(connectWait, "connectWait");
    if (appId.isBlank()) {
      throw new IllegalArgumentException("app_id must not be blank");
    }
  }

  public static SessionOptions of(String appId) {
    return new SessionOptions(appId, Duration.ofSeconds(5));
  }
}
