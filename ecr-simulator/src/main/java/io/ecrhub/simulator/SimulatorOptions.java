package io.ecrhub.simulator;

import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.terminal.TerminalDialect;
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
 * @param dialect the shape of the answers and which requests are understood (default {@link
 *     TerminalDialect#VENDOR}: answers echo {@code request_id} and always carry {@code app_id} and
 *     {@code biz_data}, the vendor's topics {@code ecrhub.pay.init}, {@code ecrhub.pair} and {@code
 *     ecrhub.unpair} are answered, and the vendor SDK's spellings are read as documented in the
 *     README; {@link TerminalDialect#SEED}: the seed's four topics and shapes, strictly)
 * @param maxFrameChars the largest frame accepted; a larger one closes its connection with 1009
 *     (default 64 KiB)
 * @param triggerTimings the delays of the timed test triggers
 * @param clock the clock {@code trans_end_time} is read from
 * @param zone the terminal's time zone: {@code trans_end_time} is terminal-local time
 * @param identity the serial number and app the terminal names in its pairing answers (and that
 *     {@code ecr simulate --advertise} announces)
 * @param pairing whether pairing is accepted, and whether it is required before payments
 */
public record SimulatorOptions(
    String host,
    int port,
    Option<String> appId,
    Duration approveDelay,
    TerminalDialect dialect,
    int maxFrameChars,
    TriggerTimings triggerTimings,
    Clock clock,
    ZoneId zone,
    TerminalIdentity identity,
    PairingPolicy pairing) {

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
    Objects.requireNonNull(dialect, "dialect");
    if (maxFrameChars < 1) {
      throw new IllegalArgumentException("maxFrameChars must be positive, got " + maxFrameChars);
    }
    Objects.requireNonNull(triggerTimings, "triggerTimings");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(pairing, "pairing");
  }

  /**
   * {@code 127.0.0.1:35779}, any app id, 300 ms approvals, the vendor's dialect, 64 KiB frames, the
   * default trigger timings, the system clock and time zone, serial number {@value
   * TerminalIdentity#DEFAULT_SERIAL_NUMBER}, pairing accepted and not required.
   */
  public static SimulatorOptions defaults() {
    return new SimulatorOptions(
        DEFAULT_HOST,
        DEFAULT_PORT,
        Option.none(),
        DEFAULT_APPROVE_DELAY,
        TerminalDialect.VENDOR,
        ProtocolCodec.DEFAULT_MAX_FRAME_CHARS,
        TriggerTimings.defaults(),
        Clock.systemUTC(),
        ZoneId.systemDefault(),
        TerminalIdentity.defaults(),
        PairingPolicy.defaults());
  }

  /** Whether answers echo {@code request_id}: in the vendor's dialect. */
  public boolean echoRequestId() {
    return dialect.echoesRequestId();
  }

  /** Listen on {@code value}; {@code 0.0.0.0} for every interface. */
  public SimulatorOptions withHost(String value) {
    return new SimulatorOptions(
        value,
        port,
        appId,
        approveDelay,
        dialect,
        maxFrameChars,
        triggerTimings,
        clock,
        zone,
        identity,
        pairing);
  }

  /** Listen on port {@code value}; 0 for an ephemeral port, read back from the address. */
  public SimulatorOptions withPort(int value) {
    return new SimulatorOptions(
        host,
        value,
        appId,
        approveDelay,
        dialect,
        maxFrameChars,
        triggerTimings,
        clock,
        zone,
        identity,
        pairing);
  }

  /** Accept only this {@code app_id}; {@code null} accepts any. */
  public SimulatorOptions withAppId(String value) {
    return new SimulatorOptions(
        host,
        port,
        Option.of(value),
        approveDelay,
        dialect,
        maxFrameChars,
        triggerTimings,
        clock,
        zone,
        identity,
        pairing);
  }

  /** How long an ordinary transaction stays processing before its answer. */
  public SimulatorOptions withApproveDelay(Duration value) {
    return new SimulatorOptions(
        host,
        port,
        appId,
        value,
        dialect,
        maxFrameChars,
        triggerTimings,
        clock,
        zone,
        identity,
        pairing);
  }

  /** The shape of the answers and the requests understood. */
  public SimulatorOptions withDialect(TerminalDialect value) {
    return new SimulatorOptions(
        host,
        port,
        appId,
        approveDelay,
        value,
        maxFrameChars,
        triggerTimings,
        clock,
        zone,
        identity,
        pairing);
  }

  /**
   * The vendor's dialect when {@code true}, answers echoing {@code request_id}; the seed's when
   * {@code false}.
   */
  public SimulatorOptions withEchoRequestId(boolean value) {
    return new SimulatorOptions(
        host,
        port,
        appId,
        approveDelay,
        value ? TerminalDialect.VENDOR : TerminalDialect.SEED,
        maxFrameChars,
        triggerTimings,
        clock,
        zone,
        identity,
        pairing);
  }

  /** The largest inbound frame, in characters. */
  public SimulatorOptions withMaxFrameChars(int value) {
    return new SimulatorOptions(
        host,
        port,
        appId,
        approveDelay,
        dialect,
        value,
        triggerTimings,
        clock,
        zone,
        identity,
        pairing);
  }

  /** The delays of the timed test triggers. */
  public SimulatorOptions withTriggerTimings(TriggerTimings value) {
    return new SimulatorOptions(
        host,
        port,
        appId,
        approveDelay,
        dialect,
        maxFrameChars,
        value,
        clock,
        zone,
        identity,
        pairing);
  }

  /** The clock {@code trans_end_time} is read from. */
  public SimulatorOptions withClock(Clock value) {
    return new SimulatorOptions(
        host,
        port,
        appId,
        approveDelay,
        dialect,
        maxFrameChars,
        triggerTimings,
        value,
        zone,
        identity,
        pairing);
  }

  /** The terminal's time zone, for {@code trans_end_time}. */
  public SimulatorOptions withZone(ZoneId value) {
    return new SimulatorOptions(
        host,
        port,
        appId,
        approveDelay,
        dialect,
        maxFrameChars,
        triggerTimings,
        clock,
        value,
        identity,
        pairing);
  }

  /** Who the terminal says it is. */
  public SimulatorOptions withIdentity(TerminalIdentity value) {
    return new SimulatorOptions(
        host,
        port,
        appId,
        approveDelay,
        dialect,
        maxFrameChars,
        triggerTimings,
        clock,
        zone,
        value,
        pairing);
  }

  /** How pairing is answered, and whether payments need it. */
  public SimulatorOptions withPairing(PairingPolicy value) {
    return new SimulatorOptions(
        host,
        port,
        appId,
        approveDelay,
        dialect,
        maxFrameChars,
        triggerTimings,
        clock,
        zone,
        identity,
        value);
  }

  static void requireNotNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + value);
    }
  }
}
