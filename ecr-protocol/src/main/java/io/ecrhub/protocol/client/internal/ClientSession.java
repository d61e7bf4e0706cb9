package io.ecrhub.protocol.client.internal;

import io.ecrhub.domain.result.NoAnswerReason;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.protocol.client.ClientDialect;
import io.ecrhub.protocol.client.TerminalUris;
import io.ecrhub.protocol.codec.DecodeFailure;
import io.ecrhub.protocol.codec.Envelope;
import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.codec.WireObject;
import io.ecrhub.protocol.codec.WireTypeException;
import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.MalformedFrameException;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.topic.Topic;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request and reply with one terminal. Fills {@code timestamp}, {@code app_id} and a {@code
 * request_id}; matches each reply to its request by {@code request_id} when the terminal echoes it,
 * otherwise by topic and {@code merchant_order_no}, and a reply that names neither (the seed's
 * terminal refuses an order with a bare {@code 121}) by topic to the one request of that topic
 * waiting on that connection — never by guessing: when two requests could own it (counting those
 * that timed out recently), it is dropped, counted and logged, so a reply for another order cannot
 * complete the wrong request. Replies complete futures as they arrive; timeouts come from the
 * scheduler. A late, stray or undecodable frame is logged and counted, never fatal; a {@link
 * SessionObserver} hears of undecodable frames and of every state change of the link. A log line
 * about one order carries its number in the MDC ({@link OrderLogContext}).
 */
public final class ClientSession implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ClientSession.class);

  private final ProtocolCodec codec;
  private final SessionOptions options;
  private final ScheduledExecutorService timer;
  private final Clock clock;
  private final TerminalLink link;
  private final String requestIdPrefix;
  private final AtomicLong sequence = new AtomicLong();
  private final ConcurrentMap<String, PendingRequest> pending = new ConcurrentHashMap<>();
  private final RecentlyExpired expired = new RecentlyExpired();
  private final RecentAnonymousAnswers anonymousAnswers = new RecentAnonymousAnswers();
  private final SessionObserver observer;
  private volatile boolean closed;

  private final LongAdder requestsSent = new LongAdder();
  private final LongAdder repliesMatched = new LongAdder();
  private final LongAdder timeouts = new LongAdder();
  private final LongAdder lateReplies = new LongAdder();
  private final LongAdder unmatchedReplies = new LongAdder();
  private final LongAdder undecodableFrames = new LongAdder();
  private final LongAdder connectionsLost = new LongAdder();

  /**
   * A session with the terminal at {@code endpoint}. Nothing happens until {@link #connect()} or
   * the first request.
   *
   * @param endpoint the terminal's WebSocket URI, e.g. {@code ws://192.168.1.20:35779}
   * @param transport opens the connections to {@code endpoint}
   * @param codec encodes requests and decodes the terminal's frames
   * @param options the {@code app_id}, how long a request waits for a connection, and the dialect
   * @param linkOptions connect timeout, reconnect back-off and keep-alive of the connection
   * @param timer runs reply timeouts, keep-alives and reconnect pauses; may be shared by many
   *     sessions
   * @param clock stamps each request's {@code timestamp} (epoch milliseconds)
   */
  public ClientSession(
      URI endpoint,
      ClientTransport transport,
      ProtocolCodec codec,
      SessionOptions options,
      LinkOptions linkOptions,
      ScheduledExecutorService timer,
      Clock clock) {
    this(endpoint, transport, codec, options, linkOptions, timer, clock, SessionObserver.NONE);
  }

  /**
   * A session whose link changes and undecodable frames {@code observer} hears of.
   *
   * @param endpoint the terminal's WebSocket URI, e.g. {@code ws://192.168.1.20:35779}
   * @param transport opens the connections to {@code endpoint}
   * @param codec encodes requests and decodes the terminal's frames
   * @param options the {@code app_id}, how long a request waits for a connection, and the dialect
   * @param linkOptions connect timeout, reconnect back-off and keep-alive of the connection
   * @param timer runs reply timeouts, keep-alives and reconnect pauses; may be shared by many
   *     sessions
   * @param clock stamps each request's {@code timestamp} (epoch milliseconds)
   * @param observer must not block; a failure it throws is logged and ignored
   */
  public ClientSession(
      URI endpoint,
      ClientTransport transport,
      ProtocolCodec codec,
      SessionOptions options,
      LinkOptions linkOptions,
      ScheduledExecutorService timer,
      Clock clock,
      SessionObserver observer) {
    this.observer = Objects.requireNonNull(observer, "observer");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.options = Objects.requireNonNull(options, "options");
    this.timer = Objects.requireNonNull(timer, "timer");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.requestIdPrefix = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36) + "-";
    this.link =
        new TerminalLink(
            endpoint, transport, linkOptions, timer, new Events(), this::heartbeatFrame);
  }

  /**
   * The terminal this session talks to, as given; it may carry a password, so log {@link
   * TerminalUris#redacted(URI)} instead.
   *
   * @return the endpoint given at construction
   */
  public URI endpoint() {
    return link.endpoint();
  }

  /**
   * Where the connection stands right now; it may change the moment after.
   *
   * @return the link's current state
   */
  public TerminalLink.State linkState() {
    return link.state();
  }

  /**
   * Opens the connection; fails when the terminal cannot be reached within the connect timeout.
   * Optional: the first request connects as well.
   *
   * @return completes once connected, or exceptionally with a {@link TransportException} when the
   *     connect timeout passes or the session is closed
   */
  public CompletionStage<Void> connect() {
    return link.start().thenApply(connection -> null);
  }

  /**
   * Sends one request and completes with what came of it: the terminal's answer, {@code NoAnswer}
   * (timeout, connection lost after sending) or {@code NotSent} (no connection, nothing left).
   * Never completes exceptionally.
   *
   * @param topic the request's {@code topic}
   * @param bizData serialized as {@code biz_data}; null to send none
   * @param merchantOrderNo the order the request is about, to match a reply without request id
   * @param timeout how long to wait for the reply once the request is sent; the wait for a
   *     connection beforehand is bounded by {@link SessionOptions#connectWait()} instead
   * @return the outcome, with the answer's {@code biz_data} (empty when the answer had none)
   */
  public CompletionStage<TerminalReply<WireObject>> request(
      Topic topic, Object bizData, Option<String> merchantOrderNo, Duration timeout) {
    return request(topic, bizData, merchantOrderNo, timeout, () -> {});
  }

  /**
   * Like {@link #request(Topic, Object, Option, Duration)}, running {@code beforeSend} once, the
   * moment before the frame is handed to the connection. When it throws, nothing is sent and the
   * reply is {@code NotSent} ({@link NotSentReason#JOURNAL_UNAVAILABLE}, its message): the payment
   * engine marks an order sent in its journal there, and an order it could not mark must not leave.
   *
   * @param topic the request's {@code topic}
   * @param bizData serialized as {@code biz_data}; null to send none
   * @param merchantOrderNo the order the request is about, to match a reply without request id
   * @param timeout how long to wait for the reply once the request is sent
   * @param beforeSend runs at most once, on the thread that hands the frame over, only after the
   *     frame was encoded and the connection found
   * @return the outcome, with the answer's {@code biz_data}; never completes exceptionally
   */
  public CompletionStage<TerminalReply<WireObject>> request(
      Topic topic,
      Object bizData,
      Option<String> merchantOrderNo,
      Duration timeout,
      Runnable beforeSend) {
    return exchange(topic, bizData, null, merchantOrderNo, timeout, beforeSend)
        .thenApply(ClientSession::bizOnly);
  }

  /**
   * Sends one request of the vendor's pairing topics, which carry {@code device_data} beside (or
   * instead of) {@code biz_data}, and completes with the whole answer: its {@code device_data}
   * describes the terminal.
   *
   * @param topic the pairing topic
   * @param deviceData serialized as {@code device_data}; the request carries no {@code biz_data}
   * @param timeout how long to wait for the reply once the request is sent
   * @return the outcome, with the whole decoded answer; never completes exceptionally
   */
  public CompletionStage<TerminalReply<InboundMessage>> requestWithDevice(
      Topic topic, Object deviceData, Duration timeout) {
    return exchange(topic, null, deviceData, Option.none(), timeout, () -> {});
  }

  private CompletionStage<TerminalReply<InboundMessage>> exchange(
      Topic topic,
      Object bizData,
      Object deviceData,
      Option<String> merchantOrderNo,
      Duration timeout,
      Runnable beforeSend) {
    if (closed) {
      return CompletableFuture.completedFuture(
          new TerminalReply.NotSent<>(NotSentReason.CLIENT_CLOSED, "the session is closed"));
    }
    long number = sequence.incrementAndGet();
    PendingRequest request =
        new PendingRequest(
            number, requestIdPrefix + number, topic, merchantOrderNo, timeout.toNanos());
    link.awaitConnection(options.connectWait())
        .whenComplete(
            (connection, failure) -> {
              if (failure != null) {
                request.complete(
                    new TerminalReply.NotSent<>(
                        NotSentReason.UNREACHABLE,
                        "no connection to the terminal: " + message(failure)));
              } else {
                send(request, connection, bizData, deviceData, timeout, beforeSend);
              }
            });
    return request.reply;
  }

  /** An answer reduced to its {@code biz_data}. */
  private static TerminalReply<WireObject> bizOnly(TerminalReply<InboundMessage> reply) {
    if (reply instanceof TerminalReply.Answered<InboundMessage> answered) {
      return new TerminalReply.Answered<>(
          answered.code(), answered.message(), answered.body().flatMap(InboundMessage::bizData));
    }
    if (reply instanceof TerminalReply.NoAnswer<InboundMessage> noAnswer) {
      return new TerminalReply.NoAnswer<>(noAnswer.reason(), noAnswer.detail());
    }
    TerminalReply.NotSent<InboundMessage> notSent = (TerminalReply.NotSent<InboundMessage>) reply;
    return new TerminalReply.NotSent<>(notSent.reason(), notSent.detail());
  }

  /**
   * A snapshot of the counters; each counter is read on its own, so the snapshot is not atomic.
   *
   * @return the counts since this session was created
   */
  public SessionStats stats() {
    return new SessionStats(
        requestsSent.sum(),
        repliesMatched.sum(),
        timeouts.sum(),
        lateReplies.sum(),
        unmatchedReplies.sum(),
        undecodableFrames.sum(),
        connectionsLost.sum());
  }

  /** Closes the connection; requests still waiting end {@code NoAnswer}. */
  @Override
  public void close() {
    closed = true;
    link.close();
    failPending(null, "the session was closed before the reply came");
  }

  private void send(
      PendingRequest request,
      Connection connection,
      Object bizData,
      Object deviceData,
      Duration timeout,
      Runnable beforeSend) {
    String frame;
    try {
      ClientDialect dialect = options.dialect();
      frame =
          codec.encode(
              Envelope.request(
                      request.topic.name(),
                      options.appId(),
                      clock.millis(),
                      // kept for matching in any case: the dialect only decides whether it is sent
                      dialect.requestId() ? request.requestId : null,
                      bizData)
                  .withVersion(dialect.version() ? ClientDialect.VERSION : null)
                  .withDeviceData(deviceData));
    } catch (RuntimeException encodingFailure) {
      request.complete(
          new TerminalReply.NotSent<>(
              NotSentReason.UNREACHABLE, "the request could not be encoded: " + encodingFailure));
      return;
    }
    try {
      beforeSend.run();
    } catch (RuntimeException vetoed) {
      request.complete(
          new TerminalReply.NotSent<>(
              NotSentReason.JOURNAL_UNAVAILABLE,
              "the request was stopped before it left: " + message(vetoed)));
      return;
    }
    request.connection = connection;
    pending.put(request.requestId, request);
    if (closed) {
      // close() ran while the connection was awaited: its sweep of the pending requests may have
      // missed this one, and the timer may be gone. Nothing has left; say so.
      abandon(request, "the session was closed before the request left");
      return;
    }
    try {
      request.timeout =
          timer.schedule(() -> expire(request, timeout), timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException timerShutDown) {
      abandon(request, "the session's timer is shut down: " + timerShutDown.getMessage());
      return;
    }
    if (request.reply.isDone()) {
      // Answered (or the connection dropped) before the timer existed: do not leave it queued.
      request.timeout.cancel(false);
    }
    requestsSent.increment();
    if (LOG.isDebugEnabled()) {
      OrderLogContext.run(
          request.merchantOrderNo,
          () -> LOG.debug("{} {} sent on {}", request.topic, request.requestId, connection.id()));
    }
    connection
        .send(frame)
        .whenComplete(
            (sent, failure) -> {
              if (failure != null && pending.remove(request.requestId, request)) {
                request.complete(sendFailure(failure));
              }
            });
  }

  private void abandon(PendingRequest request, String detail) {
    if (pending.remove(request.requestId, request)) {
      request.complete(new TerminalReply.NotSent<>(NotSentReason.CLIENT_CLOSED, detail));
    }
  }

  private static TerminalReply<InboundMessage> sendFailure(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof TransportException transport && transport.nothingSent()) {
      return new TerminalReply.NotSent<>(
          NotSentReason.UNREACHABLE,
          "the connection closed before the request left: " + cause.getMessage());
    }
    return new TerminalReply.NoAnswer<>(
        NoAnswerReason.CONNECTION_LOST, "sending failed part-way: " + cause.getMessage());
  }

  private void expire(PendingRequest request, Duration timeout) {
    if (pending.remove(request.requestId, request)) {
      expired.remember(request, timeout.toNanos());
      timeouts.increment();
      request.complete(
          new TerminalReply.NoAnswer<>(
              NoAnswerReason.TIMEOUT, "no reply within " + timeout.toMillis() + " ms"));
    }
  }

  private void onFrame(Connection connection, String text) {
    Either<DecodeFailure, InboundMessage> decoded = codec.decode(text);
    if (decoded.isLeft()) {
      undecodable(decoded.getLeft().toString());
      return;
    }
    InboundMessage message = decoded.get();
    if (message.topic().equals(Topic.HEARTBEAT)) {
      return;
    }
    if (!message.isResponse()) {
      unmatchedReplies.increment();
      LOG.warn("the terminal sent a request, not a reply, on {}; ignored", message.topic());
      return;
    }
    Option<String> orderNo = replyOrderNo(message);
    boolean anonymous = orderNo.isEmpty() && message.requestId().isEmpty();
    if (anonymous && anonymousAnswers.isRepeat(connection, text)) {
      lateReplies.increment();
      LOG.info("a repeated answer on {} naming no request and no order; ignored", message.topic());
      return;
    }
    Option<PendingRequest> match = match(connection, message, orderNo);
    if (match.isDefined() && pending.remove(match.get().requestId, match.get())) {
      repliesMatched.increment();
      if (LOG.isDebugEnabled()) {
        OrderLogContext.run(
            match.get().merchantOrderNo,
            () ->
                LOG.debug(
                    "{} {} answered {}",
                    message.topic(),
                    match.get().requestId,
                    message.responseCode().map(code -> code.code()).getOrElse("?")));
      }
      if (anonymous) {
        anonymousAnswers.remember(connection, text, match.get().timeoutNanos);
      }
      match
          .get()
          .complete(
              new TerminalReply.Answered<>(
                  message.responseCode().get(),
                  message.responseMsg().getOrElse(""),
                  Option.some(message)));
    } else if (isLate(message, orderNo)) {
      lateReplies.increment();
      OrderLogContext.run(
          orderNo,
          () ->
              LOG.info(
                  "late reply on {} for order {}: its request had timed out",
                  message.topic(),
                  orderNo.getOrElse("?")));
    } else {
      unmatchedReplies.increment();
      OrderLogContext.run(
          orderNo,
          () ->
              LOG.warn(
                  "reply on {} for order {} matches no request; ignored",
                  message.topic(),
                  orderNo.getOrElse("?")));
    }
  }

  /**
   * The request a reply answers: by echoed request id when it names one waiting; else by topic and
   * order number (the oldest such request); else, for a reply naming neither, the one request of
   * its topic waiting on its connection — none when another, waiting or recently timed out, could
   * own it too.
   */
  private Option<PendingRequest> match(
      Connection connection, InboundMessage message, Option<String> orderNo) {
    if (message.requestId().isDefined()) {
      PendingRequest byId = pending.get(message.requestId().get());
      if (byId != null) {
        return byId.fits(message.topic(), orderNo) ? Option.some(byId) : Option.none();
      }
      if (expired.containsRequestId(message.requestId().get())) {
        return Option.none();
      }
    }
    if (orderNo.isDefined()) {
      return Option.ofOptional(
          pending.values().stream()
              .filter(request -> request.topic.equals(message.topic()))
              .filter(request -> request.merchantOrderNo.equals(orderNo))
              .min(Comparator.comparingLong(request -> request.sequence)));
    }
    if (message.requestId().isDefined()) {
      return Option.none(); // it names a request, just not one of ours
    }
    return onlyOwnerOfAnonymousReply(connection, message.topic());
  }

  private Option<PendingRequest> onlyOwnerOfAnonymousReply(Connection connection, Topic topic) {
    java.util.List<PendingRequest> candidates =
        pending.values().stream()
            .filter(request -> request.connection == connection && request.topic.equals(topic))
            .limit(2)
            .toList();
    boolean ambiguous = candidates.size() > 1 || expired.mayOwnAnonymousReply(topic, connection);
    if (candidates.size() == 1 && !ambiguous) {
      return Option.some(candidates.get(0));
    }
    if (ambiguous) {
      LOG.warn(
          "reply on {} names no request and no order, and more than one request could own it;"
              + " dropped",
          topic);
    }
    return Option.none();
  }

  private boolean isLate(InboundMessage message, Option<String> orderNo) {
    return message.requestId().exists(expired::containsRequestId)
        || expired.contains(message.topic(), orderNo);
  }

  private static Option<String> replyOrderNo(InboundMessage message) {
    try {
      return message.biz().text("merchant_order_no");
    } catch (WireTypeException notText) {
      return Option.none();
    }
  }

  private void undecodable(String description) {
    undecodableFrames.increment();
    LOG.warn("undecodable frame from {}: {}", TerminalUris.redacted(link.endpoint()), description);
    try {
      observer.undecodableFrame(description);
    } catch (RuntimeException failure) {
      LOG.warn("the session observer failed on an undecodable frame: {}", failure.toString());
    }
  }

  private void onDisconnected(Connection connection) {
    connectionsLost.increment();
    failPending(connection, "the connection was lost before the reply came");
  }

  /** Ends the requests sent on {@code connection} (all of them when null) without an answer. */
  private void failPending(Connection connection, String why) {
    pending
        .values()
        .forEach(
            request -> {
              if ((connection == null || request.connection == connection)
                  && pending.remove(request.requestId, request)) {
                request.complete(new TerminalReply.NoAnswer<>(NoAnswerReason.CONNECTION_LOST, why));
              }
            });
  }

  private String heartbeatFrame() {
    return codec.encode(
        Envelope.request(Topic.HEARTBEAT.name(), options.appId(), clock.millis(), null, null)
            .withVersion(options.dialect().version() ? ClientDialect.VERSION : null));
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static String message(Throwable failure) {
    Throwable cause = unwrap(failure);
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }

  /** The link's events, kept off the public API. */
  private final class Events implements LinkListener {
    @Override
    public void onConnected(Connection connection) {}

    @Override
    public void onFrame(Connection connection, String text) {
      ClientSession.this.onFrame(connection, text);
    }

    @Override
    public void onMalformedFrame(Connection connection, MalformedFrameException malformed) {
      undecodable(malformed.getMessage());
    }

    @Override
    public void onDisconnected(Connection connection, int code, String reason) {
      ClientSession.this.onDisconnected(connection);
    }

    @Override
    public void onStateChanged(LinkTransition transition) {
      try {
        observer.linkChanged(transition);
      } catch (RuntimeException failure) {
        LOG.warn("the session observer failed on a change of the link: {}", failure.toString());
      }
    }
  }
}
