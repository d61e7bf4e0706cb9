package io.ecrhub.transport.serial;

import java.time.Duration;
import java.util.Objects;

/**
 * The timings of the serial link. The defaults are the vendor's where it has one; the source is
 * named at each.
 *
 * @param resendInterval how often an unacknowledged data frame is sent again: 100 ms ({@code
 *     SerialPortEngine.write} in {@code codepay-us/codepay-register-sdk-java} writes, sleeps 100 ms
 *     and writes again until the ACK came)
 * @param sendDeadline how long a data frame is resent before its send fails with {@code
 *     SEND_FAILED} (the peer may or may not have it): 10 s, the vendor's {@code writeTimeout}
 * @param heartbeatInterval how often each end sends a heartbeat while a session is open: 1 s, the
 *     vendor's {@code SEND_HEART_INTERVAL}
 * @param silenceLimit how long the peer may send nothing at all (not even a heartbeat) before the
 *     session is closed with {@code KEEP_ALIVE_TIMEOUT}: 5 s here. The vendor's POS waits at most
 *     1.2 s for a heartbeat before each request ({@code RECV_HEART_TIMEOUT}) and reconnects after
 *     30 s of silence ({@code CHECK_HEART_INTERVAL}); five missed heartbeats is this SDK's choice
 *     between the two.
 * @param handshakeRetry how long the POS waits for the handshake confirm before it sends the
 *     handshake again: 1 s, as the vendor's {@code HandshakeHandler} waits
 * @param closeTimeout how long a closing end waits for the peer to confirm its close (resending the
 *     close notice every {@code resendInterval}) before it ends the session anyway: 1 s. A vendor
 *     terminal never confirms (it ignores the close notice), so a close towards it takes this long.
 */
public record SerialOptions(
    Duration resendInterval,
    Duration sendDeadline,
    Duration heartbeatInterval,
    Duration silenceLimit,
    Duration handshakeRetry,
    Duration closeTimeout) {

  /**
   * Checks the timings.
   *
   * @param resendInterval how often an unacknowledged data frame is sent again; positive
   * @param sendDeadline how long a data frame is resent before its send fails; positive
   * @param heartbeatInterval how often each end sends a heartbeat; positive
   * @param silenceLimit how long the peer may stay silent; longer than {@code heartbeatInterval}
   * @param handshakeRetry how long the POS waits before resending the handshake; positive
   * @param closeTimeout how long a closing end waits for the peer's confirmation; positive
   * @throws NullPointerException when a timing is null
   * @throws IllegalArgumentException when a timing is zero or negative, or {@code silenceLimit} is
   *     not longer than {@code heartbeatInterval}
   */
  public SerialOptions {
    requirePositive(resendInterval, "resendInterval");
    requirePositive(sendDeadline, "sendDeadline");
    requirePositive(heartbeatInterval, "heartbeatInterval");
    requirePositive(silenceLimit, "silenceLimit");
    requirePositive(handshakeRetry, "handshakeRetry");
    requirePositive(closeTimeout, "closeTimeout");
    if (silenceLimit.compareTo(heartbeatInterval) <= 0) {
      throw new IllegalArgumentException(
          "silenceLimit ("
              + silenceLimit
              + ") must be longer than heartbeatInterval ("
              + heartbeatInterval
              + "), or every session would time out");
    }
  }

  /**
   * The vendor's timings (see the parameters).
   *
   * @return resend 100 ms, send deadline 10 s, heartbeat 1 s, silence 5 s, handshake retry 1 s,
   *     close timeout 1 s
   */
  public static SerialOptions defaults() {
    return new SerialOptions(
        Duration.ofMillis(100),
        Duration.ofSeconds(10),
        Duration.ofSeconds(1),
        Duration.ofSeconds(5),
        Duration.ofSeconds(1),
        Duration.ofSeconds(1));
  }

  /**
   * A copy with another send deadline.
   *
   * @param value how long a data frame is resent before its send fails; positive
   * @return the new options
   */
  public SerialOptions withSendDeadline(Duration value) {
    return new SerialOptions(
        resendInterval, value, heartbeatInterval, silenceLimit, handshakeRetry, closeTimeout);
  }

  /**
   * A copy with another heartbeat interval and silence limit, set together because the limit must
   * exceed the interval.
   *
   * @param interval how often each end sends a heartbeat; positive
   * @param silence how long the peer may stay silent before the session closes; longer than {@code
   *     interval}
   * @return the new options
   * @throws IllegalArgumentException when {@code silence} is not longer than {@code interval}
   */
  public SerialOptions withHeartbeat(Duration interval, Duration silence) {
    return new SerialOptions(
        resendInterval, sendDeadline, interval, silence, handshakeRetry, closeTimeout);
  }

  /**
   * A copy with another close timeout.
   *
   * @param value how long a closing end waits for the peer's confirmation; positive
   * @return the new options
   */
  public SerialOptions withCloseTimeout(Duration value) {
    return new SerialOptions(
        resendInterval, sendDeadline, heartbeatInterval, silenceLimit, handshakeRetry, value);
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
