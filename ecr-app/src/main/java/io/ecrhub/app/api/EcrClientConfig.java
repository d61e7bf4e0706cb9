package io.ecrhub.app.api;

import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.payment.PaymentPolicy;
import io.ecrhub.protocol.client.ClientDialect;
import io.ecrhub.protocol.client.KeepAlive;
import io.ecrhub.protocol.client.ReconnectPolicy;
import io.ecrhub.protocol.client.TerminalUris;
import io.ecrhub.protocol.spi.ConnectOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Everything that shapes a client, validated by {@link EcrClientBuilder#build()}.
 *
 * @param terminal the terminal's address, {@code ws://<ip>:35779} (or {@code wss://}), or its
 *     serial number, {@code sn:PP35272137000072}, with {@code ecr-discovery} on the class path
 * @param appId {@code app_id}: the payment app id registered in the PayCloud gateway
 * @param currencyScale fraction digits of the shop's currency (2 unless JPY-like or KWD-like)
 * @param payment reply timeout, query timeout and recovery rules of the payment engine
 * @param connectTimeout how long a connection attempt, and a request waiting for one, may take
 * @param keepAlive how a silent terminal is noticed; empty to rely on the transport alone
 * @param reconnect the pause between reconnection attempts
 * @param maxFrameChars the largest frame accepted from the terminal
 * @param sslContext trust material for {@code wss://}; empty for the JDK's trust store
 * @param recoverOnConnect whether {@link EcrClient#connect()} settles the journal's unfinished
 *     orders of this terminal
 * @param shutdownGrace how long {@link EcrClient#close()} lets orders in flight finish
 * @param dialect which optional envelope fields requests carry ({@code request_id} on, {@code
 *     version} off by default)
 */
public record EcrClientConfig(
    URI terminal,
    String appId,
    CurrencyScale currencyScale,
    PaymentPolicy payment,
    Duration connectTimeout,
    Optional<KeepAlive> keepAlive,
    ReconnectPolicy reconnect,
    int maxFrameChars,
    Optional<SSLContext> sslContext,
    boolean recoverOnConnect,
    Duration shutdownGrace,
    ClientDialect dialect) {

  /** The WiseCashier terminal's default port. */
  public static final int DEFAULT_PORT = 35779;

  /**
   * The longest {@code app_id} accepted: it goes on every frame, and the gateway's ids are far
   * shorter (18 characters).
   */
  public static final int MAX_APP_ID_LENGTH = 64;

  /**
   * Checks that every component is present; the ranges are checked by {@link EcrClientBuilder}, not
   * here.
   *
   * @param terminal the terminal's address or serial number
   * @param appId the payment app id
   * @param currencyScale fraction digits of the shop's currency
   * @param payment the payment engine's timeouts and recovery rules
   * @param connectTimeout how long a connection attempt may take
   * @param keepAlive how a silent terminal is noticed, or empty
   * @param reconnect the pause between reconnection attempts
   * @param maxFrameChars the largest frame accepted, in characters
   * @param sslContext trust material for {@code wss://}, or empty
   * @param recoverOnConnect whether {@code connect()} recovers unfinished orders
   * @param shutdownGrace how long {@code close()} lets orders in flight finish
   * @param dialect which optional envelope fields requests carry
   * @throws NullPointerException if any reference is null
   */
  public EcrClientConfig {
    Objects.requireNonNull(terminal, "terminal");
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(currencyScale, "currencyScale");
    Objects.requireNonNull(payment, "payment");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(keepAlive, "keepAlive");
    Objects.requireNonNull(reconnect, "reconnect");
    Objects.requireNonNull(sslContext, "sslContext");
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    Objects.requireNonNull(dialect, "dialect");
  }

  /** Every setting, the terminal without its password: configurations end up in logs. */
  @Override
  public String toString() {
    return "EcrClientConfig[terminal="
        + TerminalUris.redacted(terminal)
        + ", appId="
        + appId
        + ", currencyScale="
        + currencyScale
        + ", payment="
        + payment
        + ", connectTimeout="
        + connectTimeout
        + ", keepAlive="
        + keepAlive
        + ", reconnect="
        + reconnect
        + ", maxFrameChars="
        + maxFrameChars
        + ", sslContext="
        + sslContext.map(context -> "given").orElse("default")
        + ", recoverOnConnect="
        + recoverOnConnect
        + ", shutdownGrace="
        + shutdownGrace
        + "]";
  }

  /**
   * The connection options this configuration implies.
   *
   * @return the connect timeout, frame limit and TLS context for the transport
   * @throws IllegalArgumentException if {@link #maxFrameChars()} is not positive
   */
  public ConnectOptions connectOptions() {
    ConnectOptions options = new ConnectOptions(connectTimeout, maxFrameChars, Optional.empty());
    return sslContext.map(options::withSslContext).orElse(options);
  }
}
