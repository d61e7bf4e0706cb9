package io.ecrhub.app.api;

import io.ecrhub.app.events.EcrClientListener;
import io.ecrhub.domain.journal.InMemoryPairedTerminals;
import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.payment.Backoff;
import io.ecrhub.domain.payment.PaymentPolicy;
import io.ecrhub.domain.payment.PaymentService;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.domain.port.PairedTerminals;
import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.ViolationCollector;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.protocol.client.ClientDialect;
import io.ecrhub.protocol.client.ExecutorScheduler;
import io.ecrhub.protocol.client.JitteredBackoff;
import io.ecrhub.protocol.client.KeepAlive;
import io.ecrhub.protocol.client.ReconnectPolicy;
import io.ecrhub.protocol.client.TerminalUris;
import io.ecrhub.protocol.client.Timers;
import io.ecrhub.protocol.client.internal.ClientSession;
import io.ecrhub.protocol.client.internal.LinkOptions;
import io.ecrhub.protocol.client.internal.SessionOptions;
import io.ecrhub.protocol.client.internal.SessionTerminalGateway;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ClientTransportProvider;
import io.ecrhub.protocol.spi.ClientTransports;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.TerminalLocator;
import io.ecrhub.protocol.spi.TerminalLocatorProvider;
import io.ecrhub.protocol.spi.UnsupportedEndpointException;
import io.ecrhub.protocol.topic.TopicRegistry;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * Builds an {@link EcrClient}. Only the terminal and the app id are required; everything else has a
 * default fit for a POS on a shop LAN. {@link #build()} checks every setting at once and throws
 * {@link io.ecrhub.domain.validation.InvalidInputException} naming each bad one.
 *
 * <p>Orders are journalled durably by default: without {@link #journal}, the client opens the
 * SQLite journal at {@link OrderJournals#atDefaultLocation()} ({@code ECR_JOURNAL}, else {@code
 * ~/.ecr/journal.db}) and closes it with itself. A journal in memory must be asked for by name
 * ({@link #inMemoryJournal()}).
 *
 * <p>Parts handed in ({@link #transport}, {@link #journal}, {@link #timer}) stay the caller's: the
 * client does not close them, so that many clients can share one transport and one timer. Parts the
 * client creates itself are closed with it.
 */
public final class EcrClientBuilder {

  private String terminal;
  private String appId;
  private CurrencyScale currencyScale = CurrencyScale.defaultScale();
  private PaymentPolicy payment = PaymentPolicy.defaults();
  private Duration connectTimeout = ConnectOptions.defaults().connectTimeout();
  private Optional<KeepAlive> keepAlive = Optional.of(KeepAlive.defaults());
  private ReconnectPolicy reconnect = JitteredBackoff.defaults();
  private int maxFrameChars = ConnectOptions.DEFAULT_MAX_FRAME_CHARS;
  private Optional<SSLContext> sslContext = Optional.empty();
  private boolean recoverOnConnect = true;
  private Duration shutdownGrace = Duration.ofSeconds(5);
  private ClientTransport transport;
  private OrderJournal journal;
  private ScheduledExecutorService timer;
  private Clock clock = Clock.systemUTC();
  private final List<AutoCloseable> closeWithClient = new ArrayList<>();
  private ClientDialect dialect = ClientDialect.defaults();
  private TerminalLocator terminalLocator;
  private Optional<InetAddress> discoveryInterface = Optional.empty();
  private PairedTerminals pairedTerminals;
  private PosDevice posDevice;
  private final List<EcrClientListener> listeners = new ArrayList<>();

  /** The largest TCP port. */
  private static final int MAX_PORT = 65_535;

  EcrClientBuilder() {}

  /**
   * The terminal's address, e.g. {@code ws://192.168.1.20:35779}, or its serial number, {@code
   * sn:PP35272137000072}: then it is found by multicast DNS ({@code ecr-discovery} on the class
   * path, or {@link #terminalLocator}) before the first connection and again whenever it no longer
   * answers where it was. Required.
   *
   * @param uri a {@code ws://}, {@code wss://}, {@code serial:} or {@code sn:} address; checked by
   *     {@link #build()}, not here
   * @return this builder
   */
  public EcrClientBuilder terminal(String uri) {
    this.terminal = uri;
    return this;
  }

  /**
   * Same as {@link #terminal(String)}, from a parsed URI.
   *
   * @param uri the terminal's address; {@code null} leaves it unset, which {@link #build()} reports
   * @return this builder
   */
  public EcrClientBuilder terminal(URI uri) {
    return terminal(uri == null ? null : uri.toString());
  }

  /**
   * Which optional envelope fields requests carry: {@code request_id} (default on) and {@code
   * version} (default off). See {@link ClientDialect} for when to change them.
   *
   * @param value the envelope fields to send; not null
   * @return this builder
   */
  public EcrClientBuilder dialect(ClientDialect value) {
    this.dialect = Objects.requireNonNull(value, "dialect");
    return this;
  }

  /**
   * How an {@code sn:} terminal is found; default: the {@link TerminalLocatorProvider} on the class
   * path ({@code ecr-discovery}), on {@link #discoveryInterface}. A locator handed in stays the
   * caller's.
   *
   * @param value the locator to resolve serial numbers with; not closed by the client
   * @return this builder
   */
  public EcrClientBuilder terminalLocator(TerminalLocator value) {
    this.terminalLocator = Objects.requireNonNull(value, "terminalLocator");
    return this;
  }

  /**
   * The address of the network interface an {@code sn:} terminal is searched on (multicast goes out
   * of that interface only); default: the machine's first LAN address.
   *
   * @param value a local address of the interface to search on; not null
   * @return this builder
   */
  public EcrClientBuilder discoveryInterface(InetAddress value) {
    this.discoveryInterface = Optional.of(value);
    return this;
  }

  /**
   * Where {@link EcrClient#pair()} remembers paired terminals; default in memory. Use {@code
   * JdbcOrderJournal.pairedTerminals()} to keep them beside the journal.
   *
   * @param value the store for pairings; not closed by the client
   * @return this builder
   */
  public EcrClientBuilder pairedTerminals(PairedTerminals value) {
    this.pairedTerminals = Objects.requireNonNull(value, "pairedTerminals");
    return this;
  }

  /**
   * How this POS describes itself when it pairs; default {@link PosDevice#ofThisMachine()}.
   *
   * @param value the name and identity shown on the terminal when pairing
   * @return this builder
   */
  public EcrClientBuilder posDevice(PosDevice value) {
    this.posDevice = Objects.requireNonNull(value, "posDevice");
    return this;
  }

  /**
   * {@code app_id}, as registered in the PayCloud gateway. Required.
   *
   * @param value the app id; {@link #build()} requires it non-blank, printable ASCII without spaces
   *     and bounded in length
   * @return this builder
   */
  public EcrClientBuilder appId(String value) {
    this.appId = value;
    return this;
  }

  /**
   * How many fraction digits amounts carry on the wire for the merchant's currency; default {@link
   * CurrencyScale#defaultScale()} (two, e.g. cents).
   *
   * @param value the scale of the merchant's currency; not null
   * @return this builder
   */
  public EcrClientBuilder currencyScale(CurrencyScale value) {
    this.currencyScale = Objects.requireNonNull(value, "currencyScale");
    return this;
  }

  /**
   * How long to wait for a {@code pay.order} answer. Default 180 s, as the vendor's SDKs.
   *
   * @param value a positive duration
   * @return this builder
   * @throws IllegalArgumentException if {@code value} is zero or negative
   */
  public EcrClientBuilder replyTimeout(Duration value) {
    this.payment = payment.withReplyTimeout(positive(value, "replyTimeout"));
    return this;
  }

  /**
   * How long to wait for one query or close answer. Default 10 s.
   *
   * @param value a positive duration
   * @return this builder
   * @throws IllegalArgumentException if {@code value} is zero or negative
   */
  public EcrClientBuilder queryTimeout(Duration value) {
    this.payment = payment.withQueryTimeout(positive(value, "queryTimeout"));
    return this;
  }

  /**
   * How long an unsure payment is queried before it is reported unknown. Default 5 min.
   *
   * @param value a positive duration, counted from the moment the order is first queried
   * @return this builder
   * @throws IllegalArgumentException if {@code value} is zero or negative
   */
  public EcrClientBuilder recoveryDeadline(Duration value) {
    this.payment = payment.withRecoveryDeadline(positive(value, "recoveryDeadline"));
    return this;
  }

  /**
   * The pause between recovery queries. Default 0.5 s doubling up to 5 s.
   *
   * @param value the pauses between queries; not null
   * @return this builder
   */
  public EcrClientBuilder recoveryBackoff(Backoff value) {
    this.payment = payment.withRecoveryBackoff(Objects.requireNonNull(value, "recoveryBackoff"));
    return this;
  }

  /**
   * How long a connection attempt, and a request waiting for one, may take. Default 5 s.
   *
   * @param value how long one connection attempt may take; must be positive, checked by {@link
   *     #build()}
   * @return this builder
   */
  public EcrClientBuilder connectTimeout(Duration value) {
    this.connectTimeout = value;
    return this;
  }

  /**
   * Keep-alive; {@code null} or {@link #noKeepAlive()} to rely on the transport alone.
   *
   * @param value the ping interval and silence timeout, or {@code null} for none
   * @return this builder
   */
  public EcrClientBuilder keepAlive(KeepAlive value) {
    this.keepAlive = Optional.ofNullable(value);
    return this;
  }

  /**
   * Sends no pings: a dead terminal is noticed only when the transport reports the connection
   * closed.
   *
   * @return this builder
   */
  public EcrClientBuilder noKeepAlive() {
    this.keepAlive = Optional.empty();
    return this;
  }

  /**
   * How long to wait before each reconnection attempt after the link drops; default {@link
   * JitteredBackoff#defaults()} (100 ms doubling up to 10 s, ±20 %).
   *
   * @param value the reconnection policy; not null
   * @return this builder
   */
  public EcrClientBuilder reconnect(ReconnectPolicy value) {
    this.reconnect = Objects.requireNonNull(value, "reconnect");
    return this;
  }

  /**
   * The largest inbound frame accepted, in characters; a larger one closes the connection. Default
   * {@link ConnectOptions#DEFAULT_MAX_FRAME_CHARS} (64 Ki).
   *
   * @param value the limit in characters; must be positive, checked by {@link #build()}
   * @return this builder
   */
  public EcrClientBuilder maxFrameChars(int value) {
    this.maxFrameChars = value;
    return this;
  }

  /**
   * Trust material for {@code wss://}; the JDK's trust store otherwise.
   *
   * @param value the TLS context; only used for {@code wss://}
   * @return this builder
   */
  public EcrClientBuilder sslContext(SSLContext value) {
    this.sslContext = Optional.of(value);
    return this;
  }

  /**
   * Whether {@link EcrClient#connect()} recovers unfinished orders. Default true.
   *
   * @param value {@code false} to leave recovery to explicit calls
   * @return this builder
   */
  public EcrClientBuilder recoverOnConnect(boolean value) {
    this.recoverOnConnect = value;
    return this;
  }

  /**
   * How long {@link EcrClient#close()} lets orders in flight finish. Default 5 s.
   *
   * @param value zero or positive; orders still in flight after it stay unfinished in the journal,
   *     for recovery
   * @return this builder
   */
  public EcrClientBuilder shutdownGrace(Duration value) {
    this.shutdownGrace = value;
    return this;
  }

  /**
   * The transport. Default: the one the class path offers for the terminal's scheme ({@link
   * ClientTransports}; Tyrus for {@code ws://}/{@code wss://}, the serial transport for {@code
   * serial:} when {@code ecr-transport-serial} is added), created and closed by the client.
   *
   * @param value the transport; stays the caller's, not closed by the client
   * @return this builder
   */
  public EcrClientBuilder transport(ClientTransport value) {
    this.transport = Objects.requireNonNull(value, "transport");
    return this;
  }

  /**
   * The order journal, e.g. {@code JdbcOrderJournal.open(...)} for a file or database of your
   * choice. Default: the durable SQLite journal at {@link OrderJournals#atDefaultLocation()},
   * opened by {@link #build()} and closed with the client.
   *
   * @param value the journal; stays the caller's, not closed by the client
   * @return this builder
   */
  public EcrClientBuilder journal(OrderJournal value) {
    this.journal = Objects.requireNonNull(value, "journal");
    return this;
  }

  /**
   * Journals orders in memory only ({@link OrderJournals#inMemory()}): for tests and demos, never
   * for a till — after a crash nothing can settle the payment that was in flight. Logs a WARN once
   * per process.
   *
   * @return this builder
   */
  public EcrClientBuilder inMemoryJournal() {
    return journal(OrderJournals.inMemory());
  }

  /**
   * The timer for timeouts and back-off; default one daemon thread per client.
   *
   * @param value the timer; stays the caller's, not shut down by the client
   * @return this builder
   */
  public EcrClientBuilder timer(ScheduledExecutorService value) {
    this.timer = Objects.requireNonNull(value, "timer");
    return this;
  }

  /**
   * Takes over a validated configuration, e.g. one read from a file or bound by Guice; settings
   * made before are replaced.
   *
   * @param value the configuration to copy; not null
   * @return this builder
   */
  public EcrClientBuilder config(EcrClientConfig value) {
    Objects.requireNonNull(value, "config");
    this.terminal = value.terminal().toString();
    this.appId = value.appId();
    this.currencyScale = value.currencyScale();
    this.payment = value.payment();
    this.connectTimeout = value.connectTimeout();
    this.keepAlive = value.keepAlive();
    this.reconnect = value.reconnect();
    this.maxFrameChars = value.maxFrameChars();
    this.sslContext = value.sslContext();
    this.recoverOnConnect = value.recoverOnConnect();
    this.shutdownGrace = value.shutdownGrace();
    this.dialect = value.dialect();
    return this;
  }

  /**
   * Hands a part over to the client: it is closed when the client is closed, after the connection
   * (e.g. a transport, journal or timer made for this one client).
   *
   * @param part closed after the parts the client made itself, in the order handed over; a failure
   *     to close is logged and does not stop the others
   * @return this builder
   */
  public EcrClientBuilder closeWithClient(AutoCloseable part) {
    closeWithClient.add(Objects.requireNonNull(part, "part"));
    return this;
  }

  /**
   * Adds a listener that hears what the client does — connection state changes, outcomes,
   * recoveries, round trips, undecodable frames — from the moment it is built (see {@link
   * EcrClientListener}); call once per listener.
   *
   * @param value the listener; not null
   * @return this builder
   */
  public EcrClientBuilder listener(EcrClientListener value) {
    listeners.add(Objects.requireNonNull(value, "listener"));
    return this;
  }

  /**
   * The clock for journal timestamps, claims and pairing dates; default the system clock. Tests
   * pass a fixed one.
   *
   * @param value the clock; not null
   * @return this builder
   */
  public EcrClientBuilder clock(Clock value) {
    this.clock = Objects.requireNonNull(value, "clock");
    return this;
  }

  /**
   * The validated configuration, or every problem with it at once. The terminal's scheme is checked
   * against the transport handed in; without one, any scheme passes here, because the transport may
   * come from elsewhere (a Guice transport module, whose transport {@link #build()} checks).
   *
   * @return the configuration these settings make
   * @throws io.ecrhub.domain.validation.InvalidInputException naming every bad setting
   */
  public EcrClientConfig config() {
    return validated(false);
  }

  /**
   * {@code app_id} goes on every frame: required, bounded, and printable without spaces, so that no
   * configuration can make a frame too long or a log line misleading.
   */
  private void checkAppId(ViolationCollector violations) {
    if (appId == null || appId.isBlank()) {
      violations.add("appId", "is required: the app id registered in the PayCloud gateway");
    } else if (appId.length() > EcrClientConfig.MAX_APP_ID_LENGTH) {
      violations.add(
          "appId",
          "must be at most "
              + EcrClientConfig.MAX_APP_ID_LENGTH
              + " characters, got "
              + appId.length());
    } else if (!appId.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
      violations.add(
          "appId", "must be printable ASCII without spaces, got " + Checks.quote(escaped(appId)));
    }
  }

  /** Control and non-ASCII characters as Java escapes, for a message that quotes input. */
  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars()
        .forEach(
            c -> {
              if (c >= ' ' && c < 0x7f) {
                out.append((char) c);
              } else {
                out.append(String.format("\\u%04x", c));
              }
            });
    return out.toString();
  }

  /**
   * @param defaultTransport whether the client will make its own transport, so that a transport on
   *     the class path must support the terminal's scheme
   */
  private EcrClientConfig validated(boolean defaultTransport) {
    ViolationCollector violations = new ViolationCollector();
    URI uri = terminalUri(violations, defaultTransport);
    checkAppId(violations);
    violations.check(
        connectTimeout != null && !connectTimeout.isNegative() && !connectTimeout.isZero(),
        "connectTimeout",
        "must be a positive duration, got " + connectTimeout);
    violations.check(
        shutdownGrace != null && !shutdownGrace.isNegative(),
        "shutdownGrace",
        "must not be negative, got " + shutdownGrace);
    violations.check(maxFrameChars > 0, "maxFrameChars", "must be positive, got " + maxFrameChars);
    return Checks.orThrow(
        violations.andThen(
            () ->
                new EcrClientConfig(
                    uri,
                    appId,
                    currencyScale,
                    payment,
                    connectTimeout,
                    keepAlive,
                    reconnect,
                    maxFrameChars,
                    sslContext,
                    recoverOnConnect,
                    shutdownGrace,
                    dialect)));
  }

  /**
   * Builds the client; nothing is connected until {@link EcrClient#connect()}. Without {@link
   * #journal}, opens the durable journal at its default location first.
   *
   * @return a new, unconnected client
   * @throws io.ecrhub.domain.validation.InvalidInputException naming every bad setting
   * @throws io.ecrhub.domain.port.JournalException when the default journal cannot be opened
   */
  public EcrClient build() {
    EcrClientConfig config = validated(transport == null);
    List<AutoCloseable> created = new ArrayList<>();
    try {
      return assemble(config, created);
    } catch (RuntimeException | Error failure) {
      // no client will close what was made for it: a failing step must not leak the earlier ones
      closeAll(created, failure);
      throw failure;
    }
  }

  /** The client of {@code config}; every part it creates is added to {@code owned} first. */
  private EcrClient assemble(EcrClientConfig config, List<AutoCloseable> owned) {
    boolean bySerialNumber = TerminalLocator.namesSerialNumber(config.terminal());
    ClientTransport usedTransport = transport;
    if (usedTransport == null) {
      // by the URI's scheme, from the transports on the class path: a POS adds one by adding it
      ClientTransport found =
          ClientTransports.provider(socketUri(config.terminal()), transportProviders()).create();
      owned.add(found);
      usedTransport = found;
    }
    LocatingClientTransport locating = null;
    if (bySerialNumber) {
      TerminalLocator locator = terminalLocator;
      if (locator == null) {
        locator = locatorProvider().orElseThrow().create(discoveryInterface);
        owned.add(locator);
      }
      locating = new LocatingClientTransport(usedTransport, locator);
      usedTransport = locating;
    }
    ScheduledExecutorService usedTimer = timer;
    if (usedTimer == null) {
      ScheduledExecutorService created = Timers.newTimer();
      owned.add(created::shutdownNow);
      usedTimer = created;
    }
    OrderJournal usedJournal = journal;
    if (usedJournal == null) {
      JdbcOrderJournal durable = OrderJournals.atDefaultLocation();
      // closed last, after the connection and the timer that might still write to it
      owned.add(durable);
      usedJournal = durable;
    }
    // the caller's parts are the client's to close only once there is a client
    List<AutoCloseable> closedWithClient = new ArrayList<>(owned);
    closedWithClient.addAll(closeWithClient);
    ClientEvents events = new ClientEvents(config.terminal(), listeners);
    ClientSession session =
        new ClientSession(
            config.terminal(),
            usedTransport,
            new ProtocolCodec(TopicRegistry.vendor(), config.maxFrameChars()),
            new SessionOptions(config.appId(), config.connectTimeout(), config.dialect()),
            new LinkOptions(config.connectOptions(), config.reconnect(), config.keepAlive()),
            usedTimer,
            clock,
            events);
    PaymentService payments =
        new PaymentService(
            new ReportingGateway(
                new SessionTerminalGateway(session, config.currencyScale()), events),
            usedJournal,
            new ExecutorScheduler(usedTimer, clock),
            config.payment());
    LocatingClientTransport located = locating;
    Supplier<Optional<URI>> address =
        located == null ? () -> Optional.of(config.terminal()) : located::lastFound;
    Pairing pairing =
        new Pairing(
            session,
            config,
            pairedTerminalsBeside(usedJournal),
            posDevice == null ? PosDevice.ofThisMachine() : posDevice,
            address,
            clock);
    return new DefaultEcrClient(config, session, payments, pairing, events, closedWithClient);
  }

  /**
   * The terminal's URI, checked against the transport that will carry it: the one handed in, or
   * else the one {@link ClientTransports} finds for the URI's scheme on the class path (Tyrus for
   * {@code ws}/{@code wss}, which this module brings; {@code serial:} once {@code
   * ecr-transport-serial} is there).
   */
  private URI terminalUri(ViolationCollector violations, boolean defaultTransport) {
    if (terminal == null || terminal.isBlank()) {
      violations.add(
          "terminal", "is required, e.g. ws://192.168.1.20:" + EcrClientConfig.DEFAULT_PORT);
      return null;
    }
    URI uri;
    try {
      uri = new URI(terminal);
    } catch (URISyntaxException e) {
      violations.add(
          "terminal", "is not a valid URI: " + Checks.quote(TerminalUris.redacted(terminal)));
      return null;
    }
    if (uri.getScheme() == null) {
      violations.add(
          "terminal",
          "must be an absolute URI, e.g. ws://192.168.1.20:"
              + EcrClientConfig.DEFAULT_PORT
              + ", got "
              + Checks.quote(TerminalUris.redacted(terminal)));
      return null;
    }
    if (TerminalLocator.namesSerialNumber(uri)) {
      return serialNumberUri(uri, violations, defaultTransport);
    }
    if (transport != null && !transport.supports(uri)) {
      violations.add(
          "terminal",
          "uses the scheme " + uri.getScheme() + ", which the chosen transport cannot reach");
      return null;
    }
    if (defaultTransport) {
      try {
        ClientTransports.provider(uri, transportProviders());
      } catch (UnsupportedEndpointException noTransport) {
        violations.add("terminal", noTransport.getMessage().replaceFirst("^endpoint: ", ""));
        return null;
      }
    }
    boolean socket =
        "ws".equalsIgnoreCase(uri.getScheme()) || "wss".equalsIgnoreCase(uri.getScheme());
    if (socket && uri.getHost() != null && (uri.getPort() == 0 || uri.getPort() > MAX_PORT)) {
      violations.add(
          "terminal",
          "has port "
              + uri.getPort()
              + ", but a port is 1 to "
              + MAX_PORT
              + ", e.g. ws://192.168.1.20:"
              + EcrClientConfig.DEFAULT_PORT);
      return null;
    }
    if (socket && uri.getHost() == null) {
      violations.add(
          "terminal",
          "must be an absolute URI with a host, e.g. ws://192.168.1.20:"
              + EcrClientConfig.DEFAULT_PORT
              + ", got "
              + Checks.quote(TerminalUris.redacted(terminal)));
      return null;
    }
    return uri;
  }

  /**
   * An {@code sn:} terminal: a valid serial number, a locator to find it with, and a transport for
   * the {@code ws://} address it will be found at.
   */
  private URI serialNumberUri(URI uri, ViolationCollector violations, boolean defaultTransport) {
    try {
      TerminalLocator.serialNumberOf(uri);
    } catch (IllegalArgumentException notASerialNumber) {
      violations.add("terminal", notASerialNumber.getMessage());
      return null;
    }
    if (terminalLocator == null && locatorProvider().isEmpty()) {
      violations.add(
          "terminal",
          "names a terminal by serial number, which needs ecr-discovery on the class path (or"
              + " terminalLocator(...)) to find it");
      return null;
    }
    URI socket = socketUri(uri);
    if (transport != null && !transport.supports(socket)) {
      violations.add(
          "terminal",
          "names a terminal by serial number, found at a ws:// address, which the chosen"
              + " transport cannot reach");
      return null;
    }
    if (defaultTransport) {
      try {
        ClientTransports.provider(socket, transportProviders());
      } catch (UnsupportedEndpointException noTransport) {
        violations.add("terminal", noTransport.getMessage().replaceFirst("^endpoint: ", ""));
        return null;
      }
    }
    return uri;
  }

  /** The socket address kind a terminal is reached at: an {@code sn:} terminal at a ws:// one. */
  private static URI socketUri(URI terminal) {
    return TerminalLocator.namesSerialNumber(terminal)
        ? URI.create("ws://terminal:" + EcrClientConfig.DEFAULT_PORT)
        : terminal;
  }

  private static Optional<TerminalLocatorProvider> locatorProvider() {
    return TerminalLocatorProvider.find(EcrClientBuilder.class.getClassLoader());
  }

  /**
   * Where pairings are remembered: as set, else beside a JDBC journal (one backup keeps orders and
   * pairings), else in memory.
   */
  private PairedTerminals pairedTerminalsBeside(OrderJournal usedJournal) {
    if (pairedTerminals != null) {
      return pairedTerminals;
    }
    return usedJournal instanceof JdbcOrderJournal
        ? ((JdbcOrderJournal) usedJournal).pairedTerminals()
        : new InMemoryPairedTerminals();
  }

  /** Releases what a failed {@link #build()} had made already. */
  private static void closeAll(List<AutoCloseable> parts, Throwable cause) {
    for (AutoCloseable part : parts) {
      try {
        part.close();
      } catch (Exception closeFailure) {
        cause.addSuppressed(closeFailure);
      }
    }
  }

  /** The transports on the class path (of this module's class loader). */
  private static List<ClientTransportProvider> transportProviders() {
    return ClientTransports.providers(EcrClientBuilder.class.getClassLoader());
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }
}
