package io.ecrhub.transport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.MalformedFrameException;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.TransportException.Kind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The transport contract kit: every promise of the transport SPI ({@code io.ecrhub.protocol.spi})
 * as a JUnit 5 test. A transport that passes it can carry the terminal protocol.
 *
 * <p>To check your transport, extend this class with the three factories:
 *
 * <pre>{@code
 * class AcmeTransportContractTest extends TransportContract {
 *   @Override protected ClientTransport newClientTransport() { return new AcmeClientTransport(); }
 *   @Override protected ServerTransport newServerTransport() { return new AcmeServerTransport(); }
 *   @Override protected TransportFacts facts() { return TransportFacts.webSocketOnLoopback(); }
 * }
 * }</pre>
 *
 * <p>Each test gets fresh transports from the factories and releases them afterwards: every client
 * transport is closed, then every binding, then the server transport if it is {@link
 * AutoCloseable}; so transports and bindings must accept a second {@code close()}, as {@link
 * AutoCloseable} advises. After each test the kit also checks that the events every listener
 * received kept the SPI's order (onOpen first, one at a time, a single onClose, nothing after it).
 *
 * <p>The tests and the after-test check are public so that JUnit finds them from a subclass in any
 * package.
 *
 * <p>No test measures time. Waits end as soon as the awaited event arrives and fail after {@link
 * #patience()}; only the checks that something happens exactly once leave a short moment for a
 * wrong second event to show up.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
public abstract class TransportContract {

  /** How long the kit waits for anything unless {@link #patience()} says otherwise. */
  public static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(15);

  private static final int ORDERED_FRAMES = 1_000;
  private static final int SENDING_THREADS = 8;
  private static final int FRAMES_PER_THREAD = 250;
  private static final int SIMULTANEOUS_CONNECTIONS = 60;
  private static final Duration STRAGGLER_WINDOW = Duration.ofMillis(200);

  private final Deque<ClientTransport> clientsToClose = new ArrayDeque<>();
  private final Deque<ServerBinding> bindingsToClose = new ArrayDeque<>();
  private final Deque<ServerTransport> serversToClose = new ArrayDeque<>();
  private final List<RecordingListener> clientListeners = new ArrayList<>();
  private final List<RecordingAcceptor> acceptors = new ArrayList<>();
  private ClientTransport client;
  private ServerTransport server;

  /**
   * Makes a client transport of the transport under test; called at least once per test.
   *
   * @return a new, unused client transport; the kit closes it after the test
   */
  protected abstract ClientTransport newClientTransport();

  /**
   * Makes a server transport of the transport under test; called at least once per test.
   *
   * @return a new, unbound server transport; the kit closes its bindings after the test, and the
   *     transport itself if it is {@link AutoCloseable}
   */
  protected abstract ServerTransport newServerTransport();

  /**
   * Describes the transport under test.
   *
   * @return the bind host, frame limit and ping support the kit tests against
   */
  protected abstract TransportFacts facts();

  /**
   * How long the kit waits for an event, a stage or a thread to end before failing: {@link
   * #DEFAULT_PATIENCE}. Raise it for a transport that is slow by nature (a serial line).
   *
   * @return the longest wait for any single event, stage or thread
   */
  protected Duration patience() {
    return DEFAULT_PATIENCE;
  }

  // ---------------------------------------------------------------------------------------------
  // The contract
  // ---------------------------------------------------------------------------------------------

  /**
   * A client supports its own server's address, connects, and a text goes out and comes back; both
   * connections are open with a non-blank id and remote address.
   */
  @Test
  public void connect_and_echo_round_trip() {
    RecordingAcceptor acceptor = echoingAcceptor();
    ServerBinding binding = bind(acceptor);
    RecordingListener listener = clientListener("client");
    assertTrue(
        client().supports(binding.address()),
        "the client transport must support its own server's address " + binding.address());

    Connection connection = connect(binding.address(), listener);
    join(connection.send("hello, terminal"));

    assertEquals(List.of("hello, terminal"), listener.awaitTexts(1));
    RecordingListener serverSide = acceptor.awaitAccepted(1).get(0);
    assertEquals(List.of("hello, terminal"), serverSide.awaitTexts(1));
    Connection serverConnection = serverSide.awaitOpen();
    assertTrue(connection.isOpen(), "client connection open");
    assertTrue(serverConnection.isOpen(), "server connection open");
    assertFalse(connection.id().isBlank(), "client connection id");
    assertFalse(serverConnection.id().isBlank(), "server connection id");
    assertFalse(connection.remoteAddress().isBlank(), "client connection's remote address");
    assertFalse(serverConnection.remoteAddress().isBlank(), "server connection's remote address");
  }

  /**
   * A thousand texts sent without waiting arrive in send order at the server, their echoes in the
   * same order at the client, and a thousand server pushes in order at the client.
   */
  @Test
  public void a_thousand_frames_arrive_in_order_both_ways() {
    RecordingAcceptor acceptor = echoingAcceptor();
    RecordingListener listener = clientListener("client");
    Connection connection = connect(bind(acceptor).address(), listener);
    List<String> requests = numbered("request", ORDERED_FRAMES);

    List<CompletableFuture<Void>> sends = sendAll(connection, requests);

    sends.forEach(this::join);
    RecordingListener serverSide = acceptor.awaitAccepted(1).get(0);
    assertEquals(requests, serverSide.awaitTexts(ORDERED_FRAMES), "order at the server");
    assertEquals(requests, listener.awaitTexts(ORDERED_FRAMES), "order of the echoes");

    List<String> pushes = numbered("push", ORDERED_FRAMES);
    sendAll(serverSide.awaitOpen(), pushes).forEach(this::join);
    List<String> received = listener.awaitTexts(2 * ORDERED_FRAMES);
    assertEquals(pushes, received.subList(ORDERED_FRAMES, received.size()), "order of pushes");
  }

  /**
   * Texts in several scripts, with characters outside the BMP, JSON escapes, line breaks, NUL and
   * DEL arrive unchanged both ways.
   */
  @Test
  public void unicode_including_non_bmp_characters_arrives_intact() {
    List<String> texts =
        List.of(
            "Grüße aus Köln, Zoë, Ñandú",
            "日本語のレシート",
            "Ελληνικά και русский",
            "emoji 😀🎉 and a flag 🇩🇪",
            "𝄞 𐍈 𠜎 (outside the BMP)",
            "{\"merchant_order_no\":\"Ä-1\",\"note\":\"quote \\\" and backslash \\\\\"}",
            "line one\nline two\r\n\ttabbed",
            "\u0000 nul and \u007f delete and \u00a0 no-break space");
    RecordingAcceptor acceptor = echoingAcceptor();
    RecordingListener listener = clientListener("client");
    Connection connection = connect(bind(acceptor).address(), listener);

    sendAll(connection, texts).forEach(this::join);

    assertEquals(texts, acceptor.awaitAccepted(1).get(0).awaitTexts(texts.size()), "at server");
    assertEquals(texts, listener.awaitTexts(texts.size()), "back at the client");
  }

  /**
   * Frames of exactly {@link TransportFacts#frameLimitChars()} UTF-16 chars (ASCII, 3-byte,
   * surrogate pairs, mixed) arrive intact both ways and leave the connection open.
   */
  @Test
  public void frames_up_to_the_size_limit_arrive_intact_in_any_script() {
    int limit = facts().frameLimitChars();
    List<String> frames =
        List.of(
            "a".repeat(limit),
            "€".repeat(limit),
            "😀".repeat(limit / 2) + "z".repeat(limit % 2),
            mixedScripts(limit));
    frames.forEach(frame -> assertEquals(limit, frame.length(), "test frame length"));
    RecordingAcceptor acceptor = echoingAcceptor();
    RecordingListener listener = clientListener("client");
    Connection connection = connect(bind(acceptor, limit).address(), listener, limit);

    sendAll(connection, frames).forEach(this::join);

    assertEquals(frames, acceptor.awaitAccepted(1).get(0).awaitTexts(frames.size()), "at server");
    assertEquals(frames, listener.awaitTexts(frames.size()), "back at the client");
    assertTrue(connection.isOpen(), "a frame of exactly the limit must not close the connection");
  }

  /**
   * A text one char over the server's limit closes that connection on both sides with {@link
   * CloseCodes#TOO_BIG}, while another connection to the same binding keeps working.
   */
  @Test
  public void an_over_limit_frame_to_the_server_closes_only_that_connection_with_1009() {
    int limit = facts().frameLimitChars();
    RecordingAcceptor acceptor = echoingAcceptor();
    URI address = bind(acceptor, limit).address();
    RecordingListener victim = clientListener("victim");
    Connection oversized = connect(address, victim);
    RecordingListener bystander = clientListener("bystander");
    Connection other = connect(address, bystander);
    join(oversized.send("victim here"));
    RecordingListener victimServerSide = acceptor.awaitListenerThatReceived("victim here");

    oversized.send("x".repeat(limit + 1));

    assertEquals(CloseCodes.TOO_BIG, victim.awaitClose().code(), "client side of the victim");
    assertEquals(CloseCodes.TOO_BIG, victimServerSide.awaitClose().code(), "server side");
    assertFalse(oversized.isOpen(), "the victim is closed");
    assertStillWorks(other, bystander);
  }

  /**
   * A text one char over the client's limit, pushed by the server, closes that connection on both
   * sides with {@link CloseCodes#TOO_BIG}, while another client connection keeps working.
   */
  @Test
  public void an_over_limit_frame_to_the_client_closes_only_that_connection_with_1009() {
    int limit = facts().frameLimitChars();
    RecordingAcceptor acceptor = echoingAcceptor();
    URI address = bind(acceptor, 4 * limit).address();
    RecordingListener victim = clientListener("victim");
    Connection oversized = connect(address, victim, limit);
    RecordingListener bystander = clientListener("bystander");
    Connection other = connect(address, bystander, limit);
    join(oversized.send("victim here"));
    RecordingListener victimServerSide = acceptor.awaitListenerThatReceived("victim here");

    victimServerSide.awaitOpen().send("y".repeat(limit + 1));

    assertEquals(CloseCodes.TOO_BIG, victim.awaitClose().code(), "client side of the victim");
    assertEquals(CloseCodes.TOO_BIG, victimServerSide.awaitClose().code(), "server side");
    assertFalse(oversized.isOpen(), "the victim is closed");
    assertStillWorks(other, bystander);
  }

  /**
   * Binary frames holding UTF-8 are delivered to {@code onText} as their decoded text, in order
   * with the text frames around them, in both directions.
   */
  @Test
  public void binary_frames_of_utf8_arrive_as_their_text_in_order_with_text_frames_both_ways() {
    RecordingAcceptor acceptor = recordingAcceptor();
    RecordingListener listener = clientListener("client");
    Connection connection = connect(bind(acceptor).address(), listener);
    List<String> texts = List.of("text one", "binary €uro", "text three", "binary 😀", "text five");

    sendMixed(connection, texts).forEach(this::join);

    RecordingListener serverSide = acceptor.awaitAccepted(1).get(0);
    assertEquals(texts, serverSide.awaitTexts(texts.size()), "at the server, in order");
    sendMixed(serverSide.awaitOpen(), texts).forEach(this::join);
    assertEquals(texts, listener.awaitTexts(texts.size()), "at the client, in order");
  }

  /**
   * A binary frame that is not valid UTF-8 reaches the receiver's {@code onError} as a {@link
   * MalformedFrameException}; the connection stays open and the next frame arrives.
   */
  @Test
  public void a_binary_frame_that_is_not_utf8_reaches_on_error_and_the_connection_goes_on() {
    RecordingAcceptor acceptor = recordingAcceptor();
    RecordingListener listener = clientListener("client");
    Connection connection = connect(bind(acceptor).address(), listener);
    byte[] notUtf8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};

    join(connection.sendBinary(notUtf8));
    join(connection.send("after the bad bytes"));

    RecordingListener serverSide = acceptor.awaitAccepted(1).get(0);
    assertEquals(List.of("after the bad bytes"), serverSide.awaitTexts(1), "server");
    assertInstanceOf(
        MalformedFrameException.class, serverSide.awaitErrors(1).get(0), "the server's onError");
    Connection serverConnection = serverSide.awaitOpen();
    join(serverConnection.sendBinary(notUtf8));
    join(serverConnection.send("back after the bad bytes"));
    assertEquals(List.of("back after the bad bytes"), listener.awaitTexts(1), "client");
    assertInstanceOf(
        MalformedFrameException.class, listener.awaitErrors(1).get(0), "the client's onError");
    assertTrue(connection.isOpen() && serverConnection.isOpen(), "both sides still open");
  }

  /**
   * A binary frame whose UTF-8 is one char over the server's limit closes that connection with
   * {@link CloseCodes#TOO_BIG}, while another connection keeps working.
   */
  @Test
  public void an_over_limit_binary_frame_closes_only_that_connection_with_1009() {
    int limit = facts().frameLimitChars();
    RecordingAcceptor acceptor = echoingAcceptor();
    URI address = bind(acceptor, limit).address();
    RecordingListener victim = clientListener("victim");
    Connection oversized = connect(address, victim);
    RecordingListener bystander = clientListener("bystander");
    Connection other = connect(address, bystander);
    join(oversized.send("victim here"));
    RecordingListener victimServerSide = acceptor.awaitListenerThatReceived("victim here");

    oversized.sendBinary("x".repeat(limit + 1).getBytes(StandardCharsets.UTF_8));

    assertEquals(CloseCodes.TOO_BIG, victim.awaitClose().code(), "client side of the victim");
    assertEquals(CloseCodes.TOO_BIG, victimServerSide.awaitClose().code(), "server side");
    assertStillWorks(other, bystander);
  }

  /**
   * A client close reaches the server's {@code onClose} with the same code and reason; a second
   * {@code close} changes nothing, and each side gets exactly one {@code onClose}.
   */
  @Test
  public void a_client_close_reaches_the_server_with_its_code_and_reason_and_on_close_fires_once() {
    RecordingAcceptor acceptor = echoingAcceptor();
    RecordingListener listener = clientListener("client");
    Connection connection = connect(bind(acceptor).address(), listener);
    RecordingListener serverSide = acceptor.awaitAccepted(1).get(0);
    serverSide.awaitOpen();

    connection.close(CloseCodes.NORMAL, "order settled");
    connection.close(CloseCodes.GOING_AWAY, "closing again changes nothing");

    assertEquals(
        new RecordingListener.Close(CloseCodes.NORMAL, "order settled"), serverSide.awaitClose());
    assertEquals(CloseCodes.NORMAL, listener.awaitClose().code(), "the closing side's own code");
    assertClosedOnceEach(listener, serverSide);
  }

  /**
   * A server close reaches the client's {@code onClose} with the same code and reason; a second
   * {@code close} changes nothing, and each side gets exactly one {@code onClose}.
   */
  @Test
  public void a_server_close_reaches_the_client_with_its_code_and_reason_and_on_close_fires_once() {
    RecordingAcceptor acceptor = echoingAcceptor();
    RecordingListener listener = clientListener("client");
    Connection connection = connect(bind(acceptor).address(), listener);
    RecordingListener serverSide = acceptor.awaitAccepted(1).get(0);

    serverSide.awaitOpen().close(CloseCodes.KEEP_ALIVE_TIMEOUT, "keep-alive lost");
    serverSide.awaitOpen().close(CloseCodes.NORMAL, "closing again changes nothing");

    assertEquals(
        new RecordingListener.Close(CloseCodes.KEEP_ALIVE_TIMEOUT, "keep-alive lost"),
        listener.awaitClose());
    assertEquals(
        CloseCodes.KEEP_ALIVE_TIMEOUT, serverSide.awaitClose().code(), "the closing side's code");
    assertFalse(connection.isOpen(), "client connection after the server closed it");
    assertClosedOnceEach(listener, serverSide);
  }

  /**
   * A close code that no close frame may carry (RFC 6455, section 7.4: 1005, 1006 and 1015 are for
   * reporting only) is refused with an {@link IllegalArgumentException} naming it, and the
   * connection goes on; a null reason reaches the peer as an empty one.
   */
  @Test
  public void a_close_code_no_frame_may_carry_is_refused_and_a_null_reason_arrives_empty() {
    RecordingAcceptor acceptor = echoingAcceptor();
    RecordingListener listener = clientListener("client");
    Connection connection = connect(bind(acceptor).address(), listener);
    RecordingListener serverSide = acceptor.awaitAccepted(1).get(0);
    serverSide.awaitOpen();

    for (int reportOnly : new int[] {1005, CloseCodes.ABNORMAL, 1015, 999, 5000}) {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class,
              () -> connection.close(reportOnly, "must not be sent"),
              "close(" + reportOnly + ", ..)");
      assertTrue(
          refused.getMessage().contains(String.valueOf(reportOnly)),
          "the refusal names the code: " + refused.getMessage());
    }
    assertStillWorks(connection, listener);

    connection.close(CloseCodes.NORMAL, null);

    assertEquals(new RecordingListener.Close(CloseCodes.NORMAL, ""), serverSide.awaitClose());
    assertClosedOnceEach(listener, serverSide);
  }

  /**
   * After a connection was closed by itself or by its peer, {@code isOpen()} is false and {@code
   * send} fails with {@link Kind#NOT_OPEN}, on the client and on the server side.
   */
  @Test
  public void send_after_close_fails_with_not_open() {
    RecordingAcceptor acceptor = echoingAcceptor();
    URI address = bind(acceptor).address();
    RecordingListener closesItself = clientListener("closes itself");
    Connection closedHere = connect(address, closesItself);
    RecordingListener closedByPeer = clientListener("closed by the server");
    Connection closedThere = connect(address, closedByPeer);
    join(closedThere.send("close me"));
    Connection serverSide = acceptor.awaitListenerThatReceived("close me").awaitOpen();

    closedHere.close(CloseCodes.NORMAL, "done");
    serverSide.close(CloseCodes.NORMAL, "done");
    closedByPeer.awaitClose();

    assertFalse(closedHere.isOpen(), "closed by itself");
    assertFailsWith(Kind.NOT_OPEN, closedHere.send("late"), "send after own close");
    assertFalse(closedThere.isOpen(), "closed by the peer");
    assertFailsWith(Kind.NOT_OPEN, closedThere.send("late"), "send after the peer closed");
    assertFalse(serverSide.isOpen(), "server side after its close");
    assertFailsWith(Kind.NOT_OPEN, serverSide.send("late"), "server send after its close");
  }

  /**
   * Connecting to the address of a binding already closed fails with {@link Kind#CONNECT_FAILED}
   * and never calls {@code onOpen}.
   */
  @Test
  public void connecting_to_an_unbound_address_fails_with_connect_failed() {
    ServerBinding binding = bind(echoingAcceptor());
    URI address = binding.address();
    binding.close();
    RecordingListener listener = clientListener("client");

    assertFailsWith(
        Kind.CONNECT_FAILED,
        client().connect(address, connectOptions(facts().frameLimitChars()), listener),
        "connect to " + address + " after its binding was closed");
    assertFalse(listener.isOpened(), "no onOpen for a connection that failed");
  }

  /**
   * Closing a binding closes every connection it accepted with {@link CloseCodes#GOING_AWAY} on
   * both sides, and a later connect to its address fails with {@link Kind#CONNECT_FAILED}.
   */
  @Test
  public void closing_the_binding_closes_its_clients_with_1001() {
    RecordingAcceptor acceptor = echoingAcceptor();
    ServerBinding binding = bind(acceptor);
    List<RecordingListener> listeners = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      listeners.add(clientListener("client-" + i));
      connect(binding.address(), listeners.get(i));
    }
    acceptor.awaitAccepted(3).forEach(RecordingListener::awaitOpen);

    binding.close();

    for (RecordingListener listener : listeners) {
      assertEquals(CloseCodes.GOING_AWAY, listener.awaitClose().code(), listener.name());
    }
    acceptor.accepted().forEach(RecordingListener::awaitClose);
    assertFailsWith(
        Kind.CONNECT_FAILED,
        client()
            .connect(
                binding.address(),
                connectOptions(facts().frameLimitChars()),
                clientListener("late")),
        "connect after the binding was closed");
  }

  /**
   * An exception thrown from {@code onText}, on either side, reaches that listener's {@code
   * onError} and the connection goes on delivering frames.
   */
  @Test
  public void a_listener_that_throws_gets_on_error_and_its_connection_goes_on() {
    RecordingAcceptor acceptor =
        acceptor(name -> RecordingListener.echoing(name, patience()).throwingOn("boom"));
    RecordingListener listener =
        RecordingListener.recording("client", patience()).throwingOn("boom back");
    clientListeners.add(listener);
    Connection connection = connect(bind(acceptor).address(), listener);

    join(connection.send("boom"));
    join(connection.send("after the server's failure"));

    assertEquals(List.of("after the server's failure"), listener.awaitTexts(1));
    RecordingListener serverSide = acceptor.awaitAccepted(1).get(0);
    assertEquals(
        RecordingListener.thrownOnPurpose("boom"),
        rootCause(serverSide.awaitErrors(1).get(0)).getMessage(),
        "the server listener's own exception reaches its onError");

    Connection serverConnection = serverSide.awaitOpen();
    join(serverConnection.send("boom back"));
    join(serverConnection.send("after the client's failure"));

    assertEquals(
        List.of("after the server's failure", "boom back", "after the client's failure"),
        listener.awaitTexts(3));
    assertEquals(
        RecordingListener.thrownOnPurpose("boom back"),
        rootCause(listener.awaitErrors(1).get(0)).getMessage(),
        "the client listener's own exception reaches its onError");
    assertTrue(connection.isOpen() && serverConnection.isOpen(), "both sides still open");
  }

  /**
   * {@code supportsPing()} matches {@link TransportFacts#supportsPing()} on both sides; when
   * supported a ping from either side is answered with {@code onPong}, otherwise {@code ping()}
   * throws {@link UnsupportedOperationException}.
   */
  @Test
  public void ping_support_matches_the_facts_and_a_ping_is_answered_with_a_pong() {
    RecordingAcceptor acceptor = echoingAcceptor();
    RecordingListener listener = clientListener("client");
    Connection connection = connect(bind(acceptor).address(), listener);
    RecordingListener serverSide = acceptor.awaitAccepted(1).get(0);
    Connection serverConnection = serverSide.awaitOpen();

    assertEquals(facts().supportsPing(), connection.supportsPing(), "client supportsPing()");
    assertEquals(facts().supportsPing(), serverConnection.supportsPing(), "server supportsPing()");
    if (facts().supportsPing()) {
      join(connection.ping());
      listener.awaitPongs(1);
      join(serverConnection.ping());
      serverSide.awaitPongs(1);
    } else {
      assertThrows(UnsupportedOperationException.class, connection::ping);
      assertThrows(UnsupportedOperationException.class, serverConnection::ping);
    }
  }

  /**
   * Eight threads sending 250 texts each on one connection at once: every text arrives, and each
   * thread's texts arrive in the order that thread sent them.
   *
   * @throws Exception when a sending thread fails or does not finish within {@link #patience()}
   */
  @Test
  public void concurrent_sends_from_several_threads_all_arrive_each_in_its_thread_order()
      throws Exception {
    RecordingAcceptor acceptor = recordingAcceptor();
    Connection connection = connect(bind(acceptor).address(), clientListener("client"));
    ExecutorService senders = Executors.newFixedThreadPool(SENDING_THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<CompletableFuture<Void>>>> work = new ArrayList<>();
      for (int thread = 0; thread < SENDING_THREADS; thread++) {
        List<String> frames = numbered("thread-" + thread, FRAMES_PER_THREAD);
        work.add(
            senders.submit(
                () -> {
                  start.await();
                  return sendAll(connection, frames);
                }));
      }
      start.countDown();
      for (Future<List<CompletableFuture<Void>>> sends : work) {
        sends.get(patience().toMillis(), TimeUnit.MILLISECONDS).forEach(this::join);
      }
    } finally {
      senders.shutdownNow();
    }

    List<String> received =
        acceptor.awaitAccepted(1).get(0).awaitTexts(SENDING_THREADS * FRAMES_PER_THREAD);
    for (int thread = 0; thread < SENDING_THREADS; thread++) {
      String prefix = "thread-" + thread + "-";
      assertEquals(
          numbered("thread-" + thread, FRAMES_PER_THREAD),
          received.stream().filter(text -> text.startsWith(prefix)).toList(),
          "the frames of sending thread " + thread + ", in the order that thread sent them");
    }
  }

  /**
   * Sixty connections opened at once each get their own echo, and connection ids are unique and
   * non-blank on both sides.
   */
  @Test
  public void sixty_simultaneous_connections_each_get_their_own_replies() {
    RecordingAcceptor acceptor = echoingAcceptor();
    URI address = bind(acceptor).address();
    List<RecordingListener> listeners =
        IntStream.range(0, SIMULTANEOUS_CONNECTIONS)
            .mapToObj(i -> clientListener("client-" + i))
            .toList();

    List<CompletableFuture<Connection>> connecting =
        listeners.stream()
            .map(
                listener ->
                    client()
                        .connect(address, connectOptions(facts().frameLimitChars()), listener)
                        .toCompletableFuture())
            .toList();
    List<Connection> connections = connecting.stream().map(this::join).toList();
    for (int i = 0; i < connections.size(); i++) {
      connections.get(i).send("hello from " + i);
    }

    for (int i = 0; i < connections.size(); i++) {
      assertEquals(List.of("hello from " + i), listeners.get(i).awaitTexts(1), "connection " + i);
    }
    List<RecordingListener> serverSides = acceptor.awaitAccepted(SIMULTANEOUS_CONNECTIONS);
    assertDistinct(connections.stream().map(Connection::id).toList(), "client connection ids");
    assertDistinct(
        serverSides.stream().map(side -> side.awaitOpen().id()).toList(), "server connection ids");
    connections.forEach(connection -> connection.close(CloseCodes.NORMAL, "done"));
    serverSides.forEach(RecordingListener::awaitClose);
  }

  /**
   * Closing a client transport (twice) closes all its connections on both sides, makes their sends
   * fail with {@link Kind#NOT_OPEN} and new connects fail, and, once the server is closed too,
   * leaves no non-daemon thread that would keep a JVM from exiting.
   */
  @Test
  public void closing_the_client_transport_closes_its_connections_and_leaves_no_thread_behind() {
    Set<Thread> before = liveNonDaemonThreads();
    ServerTransport ownServer = releaseLater(newServerTransport());
    ClientTransport ownClient = releaseLater(newClientTransport());
    RecordingAcceptor acceptor = echoingAcceptor();
    ServerBinding binding =
        releaseLater(join(ownServer.bind(bindOptions(facts().frameLimitChars()), acceptor)));
    List<RecordingListener> listeners = new ArrayList<>();
    List<Connection> connections = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      RecordingListener listener = clientListener("client-" + i);
      listeners.add(listener);
      Connection connection =
          join(
              ownClient.connect(
                  binding.address(), connectOptions(facts().frameLimitChars()), listener));
      connections.add(connection);
      join(connection.send("before close " + i));
      listener.awaitTexts(1);
    }

    ownClient.close();
    ownClient.close();

    listeners.forEach(RecordingListener::awaitClose);
    acceptor.awaitAccepted(3).forEach(RecordingListener::awaitClose);
    for (Connection connection : connections) {
      assertFalse(connection.isOpen(), connection.id() + " after its transport closed");
      assertFailsWith(Kind.NOT_OPEN, connection.send("late"), "send after transport close");
    }
    assertConnectFails(ownClient, binding.address());
    binding.close();
    closeIfCloseable(ownServer);
    awaitNoNewNonDaemonThread(before);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers, available to subclasses that add transport-specific tests
  // ---------------------------------------------------------------------------------------------

  /**
   * This test's client transport, made on first use and closed after the test.
   *
   * @return the same client transport for the whole test
   */
  protected final ClientTransport client() {
    if (client == null) {
      client = releaseLater(newClientTransport());
    }
    return client;
  }

  /**
   * This test's server transport, made on first use and released after the test.
   *
   * @return the same server transport for the whole test
   */
  protected final ServerTransport server() {
    if (server == null) {
      server = releaseLater(newServerTransport());
    }
    return server;
  }

  /**
   * An acceptor whose listeners echo every text back; its event order is checked after the test.
   *
   * @return a new acceptor, not yet bound
   */
  protected final RecordingAcceptor echoingAcceptor() {
    return acceptor(name -> RecordingListener.echoing(name, patience()));
  }

  /**
   * An acceptor whose listeners only record; its event order is checked after the test.
   *
   * @return a new acceptor, not yet bound
   */
  protected final RecordingAcceptor recordingAcceptor() {
    return acceptor(name -> RecordingListener.recording(name, patience()));
  }

  /**
   * An acceptor with listeners of your own kind; its event order is checked after the test.
   *
   * @param listeners makes the listener of each accepted connection from its name ({@code
   *     server-0}, {@code server-1}…); should pass {@link #patience()} on
   * @return a new acceptor, not yet bound
   */
  protected final RecordingAcceptor acceptor(
      java.util.function.Function<String, RecordingListener> listeners) {
    RecordingAcceptor acceptor = new RecordingAcceptor(patience(), listeners);
    acceptors.add(acceptor);
    return acceptor;
  }

  /**
   * A recording client listener whose event order the kit checks after the test.
   *
   * @param name names the listener in failure messages
   * @return a new listener, waiting with {@link #patience()}
   */
  protected final RecordingListener clientListener(String name) {
    RecordingListener listener = RecordingListener.recording(name, patience());
    clientListeners.add(listener);
    return listener;
  }

  /**
   * Binds this test's server transport on the facts' host, on any free port, with the facts' frame
   * limit; the binding is closed after the test.
   *
   * @param acceptor receives the accepted connections
   * @return the binding, once bound; fails the test if binding fails or takes longer than {@link
   *     #patience()}
   */
  protected final ServerBinding bind(RecordingAcceptor acceptor) {
    return bind(acceptor, facts().frameLimitChars());
  }

  /**
   * Binds this test's server transport on the facts' host, on any free port; the binding is closed
   * after the test.
   *
   * @param acceptor receives the accepted connections
   * @param maxFrameChars the largest inbound frame, in UTF-16 chars, the server accepts
   * @return the binding, once bound; fails the test if binding fails or takes longer than {@link
   *     #patience()}
   */
  protected final ServerBinding bind(RecordingAcceptor acceptor, int maxFrameChars) {
    return releaseLater(join(server().bind(bindOptions(maxFrameChars), acceptor)));
  }

  /**
   * Bind options for the facts' host and an ephemeral port (0).
   *
   * @param maxFrameChars the largest inbound frame, in UTF-16 chars
   * @return the options
   */
  protected final BindOptions bindOptions(int maxFrameChars) {
    return new BindOptions(facts().bindHost(), 0, maxFrameChars);
  }

  /**
   * The SPI's default connect options with a 5-second connect timeout.
   *
   * @param maxFrameChars the largest inbound frame, in UTF-16 chars
   * @return the options
   */
  protected final ConnectOptions connectOptions(int maxFrameChars) {
    return ConnectOptions.defaults()
        .withConnectTimeout(Duration.ofSeconds(5))
        .withMaxFrameChars(maxFrameChars);
  }

  /**
   * Connects this test's client transport with the facts' frame limit; see {@link #connect(URI,
   * RecordingListener, int)}.
   *
   * @param address the server address, usually a binding's {@link ServerBinding#address()}
   * @param listener receives the connection's events
   * @return the open connection
   */
  protected final Connection connect(URI address, RecordingListener listener) {
    return connect(address, listener, facts().frameLimitChars());
  }

  /**
   * Connects, and checks that {@code onOpen} had been delivered when the stage completed, as {@link
   * ClientTransport#connect} promises.
   *
   * @param address the server address, usually a binding's {@link ServerBinding#address()}
   * @param listener receives the connection's events
   * @param maxFrameChars the largest inbound frame, in UTF-16 chars, the client accepts
   * @return the open connection; fails the test if the connect fails or takes longer than {@link
   *     #patience()}
   */
  protected final Connection connect(URI address, RecordingListener listener, int maxFrameChars) {
    AtomicBoolean openedFirst = new AtomicBoolean();
    Connection connection =
        join(
            client()
                .connect(address, connectOptions(maxFrameChars), listener)
                .thenApply(
                    opened -> {
                      openedFirst.set(listener.isOpened());
                      return opened;
                    }));
    assertTrue(openedFirst.get(), "onOpen must be delivered before the connect stage completes");
    return connection;
  }

  /**
   * Waits for {@code stage}, failing the test with its cause or after {@link #patience()}.
   *
   * @param <T> the stage's value type
   * @param stage the stage to wait for
   * @return the stage's value
   */
  protected final <T> T join(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(patience().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException failed) {
      throw new AssertionError("the stage failed: " + failed.getCause(), failed.getCause());
    } catch (TimeoutException slow) {
      throw new AssertionError("the stage did not complete within " + patience(), slow);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", interrupted);
    }
  }

  /**
   * Asserts that {@code stage} fails, within {@link #patience()}, with a {@link TransportException}
   * of {@code kind}.
   *
   * @param kind the expected failure kind
   * @param stage the stage expected to fail
   * @param what describes the operation in the failure message
   */
  protected final void assertFailsWith(Kind kind, CompletionStage<?> stage, String what) {
    try {
      Object value = stage.toCompletableFuture().get(patience().toMillis(), TimeUnit.MILLISECONDS);
      fail(what + ": expected " + kind + ", but the stage completed with " + value);
    } catch (ExecutionException failed) {
      TransportException error =
          assertInstanceOf(
              TransportException.class, failed.getCause(), what + ": a TransportException");
      assertEquals(kind, error.kind(), what + ": " + error.getMessage());
    } catch (TimeoutException slow) {
      fail(what + ": expected " + kind + ", but the stage neither failed nor completed in time");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", interrupted);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Release and the after-test check
  // ---------------------------------------------------------------------------------------------

  /** Releases the test's transports, then fails when any listener saw events out of order. */
  @AfterEach
  public final void releaseTransportsAndCheckEventOrder() {
    List<Throwable> releaseFailures = new ArrayList<>();
    // clients first, so that closing a binding does not race with clients still talking to it
    while (!clientsToClose.isEmpty()) {
      ClientTransport transport = clientsToClose.pop();
      releaseQuietly(transport::close, releaseFailures);
    }
    while (!bindingsToClose.isEmpty()) {
      ServerBinding binding = bindingsToClose.pop();
      releaseQuietly(binding::close, releaseFailures);
    }
    while (!serversToClose.isEmpty()) {
      ServerTransport transport = serversToClose.pop();
      releaseQuietly(() -> closeIfCloseable(transport), releaseFailures);
    }
    List<String> violations = new ArrayList<>();
    clientListeners.forEach(listener -> violations.addAll(listener.violations()));
    acceptors.forEach(acceptor -> violations.addAll(acceptor.violations()));
    assertEquals(List.of(), violations, "events must keep the SPI's order");
    if (!releaseFailures.isEmpty()) {
      AssertionError failure = new AssertionError("releasing the transports failed");
      releaseFailures.forEach(failure::addSuppressed);
      throw failure;
    }
  }

  private ClientTransport releaseLater(ClientTransport transport) {
    clientsToClose.push(transport);
    return transport;
  }

  private ServerTransport releaseLater(ServerTransport transport) {
    serversToClose.push(transport);
    return transport;
  }

  private ServerBinding releaseLater(ServerBinding binding) {
    bindingsToClose.push(binding);
    return binding;
  }

  private static void releaseQuietly(Runnable close, List<Throwable> failures) {
    try {
      close.run();
    } catch (RuntimeException | AssertionError failure) {
      failures.add(failure);
    }
  }

  private static void closeIfCloseable(Object resource) {
    if (resource instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception failure) {
        throw new AssertionError("closing " + resource + " failed", failure);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Private checks
  // ---------------------------------------------------------------------------------------------

  private void assertStillWorks(Connection connection, RecordingListener listener) {
    int before = listener.texts().size();
    join(connection.send("still working"));
    List<String> texts = listener.awaitTexts(before + 1);
    assertEquals("still working", texts.get(before), listener.name() + " still gets its echo");
    assertTrue(connection.isOpen(), listener.name() + " is still open");
  }

  /** Leaves a moment for a wrong second onClose to show up, then checks there was only one. */
  private static void assertClosedOnceEach(RecordingListener... listeners) {
    pause(STRAGGLER_WINDOW);
    for (RecordingListener listener : listeners) {
      assertEquals(1, listener.closes().size(), listener.name() + ": onClose exactly once");
    }
  }

  private void assertConnectFails(ClientTransport closedTransport, URI address) {
    RecordingListener listener = clientListener("after transport close");
    CompletionStage<Connection> attempt;
    try {
      attempt =
          closedTransport.connect(address, connectOptions(facts().frameLimitChars()), listener);
    } catch (RuntimeException refused) {
      return;
    }
    try {
      attempt.toCompletableFuture().get(patience().toMillis(), TimeUnit.MILLISECONDS);
      fail("a closed client transport must not open connections");
    } catch (ExecutionException | CompletionException expected) {
      assertFalse(listener.isOpened(), "no onOpen after the transport was closed");
    } catch (TimeoutException | InterruptedException stuck) {
      fail("connect on a closed client transport neither failed nor completed: " + stuck);
    }
  }

  private void awaitNoNewNonDaemonThread(Set<Thread> before) {
    long deadline = System.nanoTime() + patience().toNanos();
    while (true) {
      Set<Thread> added = liveNonDaemonThreads();
      added.removeAll(before);
      if (added.isEmpty()) {
        return;
      }
      if (System.nanoTime() - deadline > 0) {
        fail(
            "after every transport and binding was closed these non-daemon threads still run, and"
                + " would keep a command-line process from exiting: "
                + added.stream().map(Thread::getName).sorted().toList());
      }
      pause(Duration.ofMillis(50));
    }
  }

  private static Set<Thread> liveNonDaemonThreads() {
    Set<Thread> threads = new HashSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive() && !thread.isDaemon()) {
        threads.add(thread);
      }
    }
    return threads;
  }

  private static void assertDistinct(List<String> ids, String what) {
    assertEquals(ids.size(), new HashSet<>(ids).size(), what + " must be unique: " + ids);
    ids.forEach(id -> assertNotEquals("", id.strip(), what + " must not be blank"));
  }

  /** Sends the texts that start with "binary" as binary frames of their UTF-8, the rest as text. */
  private static List<CompletableFuture<Void>> sendMixed(
      Connection connection, List<String> texts) {
    List<CompletableFuture<Void>> sends = new ArrayList<>();
    for (String text : texts) {
      CompletionStage<Void> sent =
          text.startsWith("binary")
              ? connection.sendBinary(text.getBytes(StandardCharsets.UTF_8))
              : connection.send(text);
      sends.add(sent.toCompletableFuture());
    }
    return sends;
  }

  private List<CompletableFuture<Void>> sendAll(Connection connection, List<String> texts) {
    List<CompletableFuture<Void>> sends = new ArrayList<>();
    for (String text : texts) {
      sends.add(connection.send(text).toCompletableFuture());
    }
    return sends;
  }

  private static List<String> numbered(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> String.format("%s-%04d", prefix, i)).toList();
  }

  /** {@code length} characters cycling through Latin, Greek, CJK, an emoji and a musical sign. */
  private static String mixedScripts(int length) {
    String cycle = "aéΩ中😀𝄞";
    StringBuilder text = new StringBuilder();
    int at = 0;
    while (text.length() < length) {
      int codePoint = cycle.codePointAt(at);
      if (text.length() + Character.charCount(codePoint) > length) {
        text.append('z');
      } else {
        text.appendCodePoint(codePoint);
      }
      at = (at + Character.charCount(codePoint)) % cycle.length();
    }
    return text.toString();
  }

  private static Throwable rootCause(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", interrupted);
    }
  }
}
