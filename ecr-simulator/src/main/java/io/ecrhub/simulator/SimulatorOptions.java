package io.ecrhub.simulator;

import io.ecrhub.protocol.codec.ProtocolCodec;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the terminal simulator listens and behaves. Start from {@link #defaults()} and change what a
 * test or a command line needs:
 *
 * <pre>{@code
 * SimulatorOptions options = SimulatorOptions.defaults()
 *     .withPort(0)                                  // an ephemeral port
 *     .withApproveDelay(Duration.ofMillis(10))
 *     .withTriggerTimings(TriggerTimings.all(Duration.ofMillis(50)));
 * }</pre>
 *
 * @param host the address to listen on (default {@code 127.0.0.1}: loopback only)
 * @param port the port (default {@value #DEFAULT_PORT}, the terminal's; 0 means ephemeral)
 * @param appId when set, requests naming another {@code app_id} are refused with {@code 202}; when
 *     empty (the default), any {@code app_id} is accepted
 * @param approveDelay how long an ordinary transaction takes from request to answer (default 300
 *     ms); the order is processing (status 0) meanwhile
 * @param echoRequestId whether answers carry the request's {@code request_id} (default true, as the
 *     vendor's sister product does)
 * @param maxFrameChars the largest frame accepted; a larger one closes its connection with 1009
 *     (default 64 KiB)
 * @param triggerTimings the delays of the timed test triggers
 * @param clock the clock {@code trans_end_time} is read from
 * @param zone the terminal's time zone: {@code trans_end_time} is terminal-local time
 */
public record SimulatorOptions(
    String host,
    int port,
    Option<String> appId,
    Duration approveDelay,
    boolean echoRequestId,
    int maxFrameChars,
    TriggerTimings triggerTimings,
    Clock clock,
    ZoneId zone) {

  /** Loopback only: a simulator is not reachable from the shop's LAN unless asked. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The WiseCashier terminal's port. */
  public static final int DEFAULT_PORT = 35779;

  /** How long an ordinary transaction takes unless changed. */
  public static final Duration DEFAULT_APPROVE_DELAY = Duration.ofMillis(300);

  public SimulatorOptions {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535 (0 = ephemeral), got " + port);
    }
    Objects.requireNonNull(appId, "appId");
    if (appId.exists(String::isBlank)) {
      throw new IllegalArgumentException("appId must not be blank; leave it empty to accept any");
    }
    requireNotNegative(approveDelay, "approveDelay");
    if (maxFrameChars < 1) {
      throw new IllegalArgumentException("maxFrameChars must be positive, got " + maxFrameChars);
    }
    Objects.requireNonNull(triggerTimings, "triggerTimings");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(zone, "zone");
  }

  /**
   * {@code 127.0.0.1:35779}, any app id, 300 ms approvals, request ids echoed, 64 KiB frames, the
   * default trigger timings, the system clock and time zone.
   */
  public static SimulatorOptions defaults() {
    return new SimulatorOptions(
        DEFAULT_HOST,
        DEFAULT_PORT,
        Option.none(),
        DEFAULT_APPROVE_DELAY,
        true,
        ProtocolCodec.DEFAULT_MAX_FRAME_CHARS,
        TriggerTimings.defaults(),
        Clock.systemUTC(),
        ZoneId.systemDefault());
  }

  /** Listen on {@code value}; {@code 0.0.0.0} for every interface. */
  public SimulatorOptions withHost(String value) {
    return new SimulatorOptions(
        value,
        port,
        appId,
        approveDelay,
        echoRequestId,
        maxFrameChars,
        triggerTimings,
        clock,
        zone);
  }

  /** Listen on port {@code value}; 0 for an ephemeral port, read back from the address. */
  public SimulatorOptions withPort(int value) {
    return new SimulatorOptions(
        host,
        value,
        appId,
        approveDelay,
        echoRequestId,
        maxFrameChars,
        triggerTimings,
        clock,
        zone);
  }

  /** Accept only this {@code app_id}; {@code null} accepts any. */
  public SimulatorOptions withAppId(String value) {
    return new SimulatorOptions(
        host,
        port,
        Option.of(value),
        approveDelay,
        echoRequestId,
        maxFrameChars,
        triggerTimings,
        clock,
        zone);
  }

  /** How long an ordinary transaction stays processing before its answer. */
  public SimulatorOptions withApproveDelay(Duration value) {
    return new SimulatorOptions(
        host, port, appId, value, echoRequestId, maxFrameChars, triggerTimings, clock, zone);
  }

  /** Whether answers echo {@code request_id}. */
  public SimulatorOptions withEchoRequestId(boolean value) {
    return new SimulatorOptions(
        host, port, appId, approveDelay, value, maxFrameChars, triggerTimings, clock, zone);
  }

  /** The largest inbound frame, in characters. */
  public SimulatorOptions withMaxFrameChars(int value) {
    return new SimulatorOptions(
        host, port, appId, approveDelay, echoRequestId, value, triggerTimings, clock, zone);
  }

  /** The delays of the timed test triggers. */
  public SimulatorOptions withTriggerTimings(TriggerTimings value) {
    return new SimulatorOptions(
        host, port, appId, approveDelay, echoRequestId, maxFrameChars, value, clock, zone);
  }

  /** The clock {@code trans_end_time} is read from. */
  public SimulatorOptions withClock(Clock value) {
    return new SimulatorOptions(
        host, port, appId, approveDelay, echoRequestId, maxFrameChars, triggerTimings, value, zone);
  }

  /** The terminal's time zone, for {@code trans_end_time}. */
  public SimulatorOptions withZone(ZoneId value) {
    return new SimulatorOptions(
        host,
        port,
        appId,
        approveDelay,
        echoRequestId,
        maxFrameChars,
        triggerTimings,
        clock,
        value);
  }

  static void requireNotNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + value);
    }
  }
}
