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

  /**
   * Validates the options.
   *
   * @param host the address to listen on; not blank
   * @param port the port, 0..65535 (0 = ephemeral)
   * @param appId the only {@code app_id} accepted, or empty for any; not blank when present
   * @param approveDelay the time to answer an ordinary transaction; not negative
   * @param dialect the shape of the answers
   * @param maxFrameChars the largest inbound frame in characters; positive
   * @param triggerTimings the delays of the timed test triggers
   * @param clock the clock {@code trans_end_time} is read from
   * @param zone the terminal's time zone
   * @param identity the serial number and app named in pairing answers
   * @param pairing the pairing policy
   * @throws NullPointerException if any component is {@code null}
   * @throws IllegalArgumentException if {@code host} is blank, {@code port} is outside 0..65535,
   *     {@code appId} is present but blank, {@code approveDelay} is negative or {@code
   *     maxFrameChars} is not positive
   */
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
   *
   * @return the default options
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

  /**
   * Whether answers echo {@code request_id}: in the vendor's dialect.
   *
   * @return {@code true} in {@link TerminalDialect#VENDOR}, {@code false} in {@link
   *     TerminalDialect#SEED}
   */
  public boolean echoRequestId() {
    return dialect.echoesRequestId();
  }

  /**
   * Listen on {@code value}; {@code 0.0.0.0} for every interface.
   *
   * @param value the host name or address to bind; not blank
   * @return a copy listening on {@code value}
   */
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

  /**
   * Listen on port {@code value}; 0 for an ephemeral port, read back from the address.
   *
   * @param value the port, 0..65535
   * @return a copy listening on {@code value}
   */
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

  /**
   * Accept only this {@code app_id}; {@code null} accepts any.
   *
   * @param value the only {@code app_id} accepted, or {@code null} for any
   * @return a copy with that app id check
   */
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

  /**
   * How long an ordinary transaction stays processing before its answer.
   *
   * @param value the delay; not negative ({@link Duration#ZERO} answers at once)
   * @return a copy with that delay
   */
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

  /**
   * The shape of the answers and the requests understood.
   *
   * @param value the dialect
   * @return a copy speaking {@code value}
   */
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
   *
   * @param value whether to use the vendor's dialect
   * @return a copy speaking that dialect
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

  /**
   * The largest inbound frame, in characters.
   *
   * @param value the limit in characters; positive
   * @return a copy with that limit
   */
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

  /**
   * The delays of the timed test triggers.
   *
   * @param value the trigger delays
   * @return a copy with those delays
   */
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

  /**
   * The clock {@code trans_end_time} is read from.
   *
   * @param value the clock; a fixed clock makes answers reproducible
   * @return a copy reading that clock
   */
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

  /**
   * The terminal's time zone, for {@code trans_end_time}.
   *
   * @param value the zone
   * @return a copy in that zone
   */
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

  /**
   * Who the terminal says it is.
   *
   * @param value the serial number and app
   * @return a copy announcing that identity
   */
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

  /**
   * How pairing is answered, and whether payments need it.
   *
   * @param value the pairing policy
   * @return a copy with that policy
   */
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
