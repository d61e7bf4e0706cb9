package io.ecrhub.transport.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.TransportException.Kind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The serial transport over real pseudo-terminals: every frame crosses the kernel's tty layer, and
 * a relay in the middle of the cable damages frames on purpose. Each case is one promise of the
 * README's USB/serial section.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SerialTransportTest {

  private static final int LIMIT = 8 * 1024;

  private final List<AutoCloseable> toClose = new CopyOnWriteArrayList<>();
  private SerialClientTransport client;
  private SerialServerTransport terminal;

  @BeforeAll
  static void socatIsInstalled() {
    assertThat(PtyTestSupport.socatAvailable())
        .as("socat must be installed (apt-get install socat; .ci/run does it)")
        .isTrue();
  }

  @AfterEach
  void release() throws Exception {
    if (client != null) {
      client.close();
    }
    if (terminal != null) {
      terminal.close();
    }
    for (AutoCloseable resource : toClose) {
      resource.close();
    }
  }

  private FaultyCable cable() throws Exception {
    FaultyCable cable = new FaultyCable();
    toClose.add(cable);
    return cable;
  }

  private ServerBinding serve(Path end, Recorder.Factory listeners, SerialOptions options) {
    terminal = new SerialServerTransport(new JSerialCommPorts(), options);
    return join(terminal.bind(new BindOptions(end.toString(), 0, LIMIT), listeners::next));
  }

  private Connection connect(Path end, Recorder listener, SerialOptions options) {
    client = new SerialClientTransport(new JSerialCommPorts(), options);
    return join(
        client.connect(
            URI.create("serial:" + end),
            ConnectOptions.defaults().withMaxFrameChars(LIMIT),
            listener));
  }

  private static <T> T join(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException failed) {
      throw new AssertionError("stage failed: " + failed.getCause(), failed.getCause());
    } catch (Exception other) {
      throw new AssertionError(other);
    }
  }

  private static TransportException failure(CompletionStage<?> stage) {
    try {
      stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
      throw new AssertionError("expected the stage to fail");
    } catch (ExecutionException failed) {
      assertThat(failed.getCause()).isInstanceOf(TransportException.class);
      return (TransportException) failed.getCause();
    } catch (Exception other) {
      throw new AssertionError(other);
    }
  }

  @Test
  void a_request_and_its_answer_cross_the_cable_and_nothing_is_lost_or_repeated() throws Exception {
    FaultyCable cable = cable();
    Recorder.Factory terminalSide = Recorder.Factory.echoing();
    serve(cable.terminalEnd(), terminalSide, SerialOptions.defaults());
    Recorder pos = Recorder.recording();
    SerialConnection connection =
        (SerialConnection) connect(cable.posEnd(), pos, SerialOptions.defaults());

    join(connection.send("{\"topic\":\"ecrhub.pay.order\",\"order_amount\":\"34.50\"}"));

    assertThat(pos.awaitTexts(1))
        .containsExactly("{\"topic\":\"ecrhub.pay.order\",\"order_amount\":\"34.50\"}");
    assertThat(terminalSide.only().texts).hasSize(1);
    LinkStats stats = connection.stats();
    assertThat(stats.dataFramesSent()).isEqualTo(1);
    assertThat(stats.dataFramesReceived()).isEqualTo(1);
    assertThat(stats.brokenFrames()).isZero();
    assertThat(connection.remoteAddress()).startsWith("serial:/dev/pts/");
  }

  @Test
  void a_frame_that_lost_a_byte_is_dropped_counted_and_resent_and_arrives_once() throws Exception {
    FaultyCable cable = cable();
    Recorder.Factory terminalSide = Recorder.Factory.echoing();
    serve(cable.terminalEnd(), terminalSide, SerialOptions.defaults());
    Recorder pos = Recorder.recording();
    SerialConnection connection =
        (SerialConnection) connect(cable.posEnd(), pos, SerialOptions.defaults());
    cable.damageNextFrameToTerminal(FaultyCable.dataContaining("lose"), FaultyCable::dropAByte);

    join(connection.send("lose a byte of me"));
    join(connection.send("and then me"));

    assertThat(pos.awaitTexts(2)).containsExactly("lose a byte of me", "and then me");
    SerialConnection terminalConnection = (SerialConnection) terminalSide.only().awaitOpen();
    assertThat(terminalSide.only().texts).containsExactly("lose a byte of me", "and then me");
    assertThat(terminalConnection.stats().brokenFrames()).isEqualTo(1);
    assertThat(connection.stats().resends()).isGreaterThanOrEqualTo(1);
    assertThat(connection.isOpen()).isTrue();
  }

  @Test
  void a_corrupted_frame_fails_the_xor_check_is_counted_and_the_resend_arrives_intact()
      throws Exception {
    FaultyCable cable = cable();
    Recorder.Factory terminalSide = Recorder.Factory.echoing();
    serve(cable.terminalEnd(), terminalSide, SerialOptions.defaults());
    Recorder pos = Recorder.recording();
    SerialConnection connection =
        (SerialConnection) connect(cable.posEnd(), pos, SerialOptions.defaults());
    cable.damageNextFrameToPos(FaultyCable.dataContaining("flip"), FaultyCable::flipABit);

    join(connection.send("flip a bit of my echo"));

    assertThat(pos.awaitTexts(1)).containsExactly("flip a bit of my echo");
    assertThat(connection.stats().brokenFrames()).isEqualTo(1);
    SerialConnection terminalConnection = (SerialConnection) terminalSide.only().awaitOpen();
    assertThat(terminalConnection.stats().resends()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void a_lost_ack_makes_the_sender_resend_and_the_duplicate_is_acknowledged_but_delivered_once()
      throws Exception {
    FaultyCable cable = cable();
    Recorder.Factory terminalSide = Recorder.Factory.recording();
    serve(cable.terminalEnd(), terminalSide, SerialOptions.defaults());
    Recorder pos = Recorder.recording();
    SerialConnection connection =
        (SerialConnection) connect(cable.posEnd(), pos, SerialOptions.defaults());
    cable.damageNextFrameToPos(FaultyCable.anyAck(), FaultyCable::swallow);

    join(connection.send("deliver me once"));
    join(connection.send("then me"));

    Recorder terminalListener = terminalSide.only();
    assertThat(terminalListener.awaitTexts(2)).containsExactly("deliver me once", "then me");
    SerialConnection terminalConnection = (SerialConnection) terminalListener.awaitOpen();
    assertThat(terminalConnection.stats().duplicatesIgnored()).isEqualTo(1);
    assertThat(connection.stats().resends()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void noise_on_the_line_between_frames_is_skipped() throws Exception {
    long seed = 20261204L;
    System.out.println("SerialTransportTest noise seed " + seed);
    byte[] noise = new byte[200];
    new Random(seed).nextBytes(noise);
    FaultyCable cable = cable();
    Recorder.Factory terminalSide = Recorder.Factory.echoing();
    serve(cable.terminalEnd(), terminalSide, SerialOptions.defaults());
    Recorder pos = Recorder.recording();
    Connection connection = connect(cable.posEnd(), pos, SerialOptions.defaults());
    cable.damageNextFrameToTerminal(
        FaultyCable.dataContaining("noisy"),
        frame -> {
          byte[] withNoise = new byte[noise.length + frame.length];
          System.arraycopy(noise, 0, withNoise, 0, noise.length);
          System.arraycopy(frame, 0, withNoise, noise.length, frame.length);
          return withNoise;
        });

    join(connection.send("a noisy line"));

    assertThat(pos.awaitTexts(1)).containsExactly("a noisy line");
    SerialConnection terminalConnection = (SerialConnection) terminalSide.only().awaitOpen();
    assertThat(terminalConnection.stats().skippedBytes()).isGreaterThan(0);
    assertThat(terminalSide.only().texts).containsExactly("a noisy line");
  }

  @Test
  void a_frame_never_acknowledged_fails_with_send_failed_at_the_deadline() throws Exception {
    SerialOptions options =
        SerialOptions.defaults()
            .withSendDeadline(Duration.ofMillis(600))
            .withHeartbeat(Duration.ofSeconds(1), Duration.ofSeconds(30));
    FaultyCable cable = cable();
    Recorder.Factory terminalSide = Recorder.Factory.recording();
    serve(cable.terminalEnd(), terminalSide, options);
    Recorder pos = Recorder.recording();
    SerialConnection connection = (SerialConnection) connect(cable.posEnd(), pos, options);
    terminalSide.awaitOne();
    cable.cut(true, false);

    TransportException failed = failure(connection.send("into the void"));

    assertEquals(Kind.SEND_FAILED, failed.kind());
    assertThat(failed.nothingSent()).isFalse();
    assertThat(failed.getMessage()).contains("may or may not");
    assertThat(connection.stats().failedSends()).isEqualTo(1);
    assertThat(connection.stats().resends()).isGreaterThanOrEqualTo(2);
    cable.cut(false, false);
    join(connection.send("the link still works"));
    assertThat(terminalSide.only().awaitTexts(1)).containsExactly("the link still works");
  }

  @Test
  void unplugging_the_cable_closes_both_ends_abnormally() throws Exception {
    FaultyCable cable = cable();
    Recorder.Factory terminalSide = Recorder.Factory.echoing();
    serve(cable.terminalEnd(), terminalSide, SerialOptions.defaults());
    Recorder pos = Recorder.recording();
    Connection connection = connect(cable.posEnd(), pos, SerialOptions.defaults());
    join(connection.send("before"));
    pos.awaitTexts(1);

    cable.unplugPos();

    assertThat(pos.awaitClose().code()).isEqualTo(CloseCodes.ABNORMAL);
    assertThat(pos.awaitClose().reason()).contains("lost");
    int terminalCode = terminalSide.only().awaitClose().code();
    assertThat(terminalCode).isIn(CloseCodes.ABNORMAL, CloseCodes.KEEP_ALIVE_TIMEOUT);
    assertThat(connection.isOpen()).isFalse();
    assertEquals(Kind.NOT_OPEN, failure(connection.send("after")).kind());
  }

  @Test
  void a_silent_peer_closes_the_session_with_keep_alive_timeout() throws Exception {
    SerialOptions options =
        SerialOptions.defaults().withHeartbeat(Duration.ofMillis(200), Duration.ofMillis(1200));
    FaultyCable cable = cable();
    Recorder.Factory terminalSide = Recorder.Factory.recording();
    serve(cable.terminalEnd(), terminalSide, options);
    Recorder pos = Recorder.recording();
    connect(cable.posEnd(), pos, options);
    terminalSide.awaitOne();

    cable.cut(true, true);

    assertThat(pos.awaitClose().code()).isEqualTo(CloseCodes.KEEP_ALIVE_TIMEOUT);
    assertThat(terminalSide.only().awaitClose().code()).isEqualTo(CloseCodes.KEEP_ALIVE_TIMEOUT);
  }

  @Test
  void over_limit_text_closes_both_ends_with_1009() throws Exception {
    FaultyCable cable = cable();
    Recorder.Factory terminalSide = Recorder.Factory.echoing();
    serve(cable.terminalEnd(), terminalSide, SerialOptions.defaults());
    Recorder pos = Recorder.recording();
    Connection connection = connect(cable.posEnd(), pos, SerialOptions.defaults());

    connection.send("€".repeat(LIMIT + 1));

    assertThat(pos.awaitClose().code()).isEqualTo(CloseCodes.TOO_BIG);
    assertThat(terminalSide.only().awaitClose().code()).isEqualTo(CloseCodes.TOO_BIG);
  }

  @Test
  void a_message_larger_than_one_frame_is_refused_before_anything_is_sent() throws Exception {
    FaultyCable cable = cable();
    serve(cable.terminalEnd(), Recorder.Factory.echoing(), SerialOptions.defaults());
    Connection connection = connect(cable.posEnd(), Recorder.recording(), SerialOptions.defaults());

    CompletableFuture<Void> sent = connection.send("€".repeat(30_000)).toCompletableFuture();

    assertThat(sent).isCompletedExceptionally();
    assertThat(sent.handle((ok, error) -> error).join())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text: 90000 bytes")
        .hasMessageContaining("nothing was sent");
    assertThat(connection.isOpen()).isTrue();
  }

  @Test
  void nothing_answering_the_handshake_times_out_the_connect() throws Exception {
    var pair = io.ecrhub.transport.serial.testing.PtyPair.open();
    toClose.add(pair);
    client = new SerialClientTransport();

    TransportException failed =
        failure(
            client.connect(
                URI.create("serial:" + pair.posEnd()),
                ConnectOptions.defaults().withConnectTimeout(Duration.ofMillis(1500)),
                Recorder.recording()));

    assertEquals(Kind.CONNECT_TIMEOUT, failed.kind());
    assertThat(failed.getMessage()).contains("no handshake confirm");
  }

  @Test
  void a_port_that_does_not_exist_fails_with_connect_failed() {
    client = new SerialClientTransport();

    TransportException failed =
        failure(
            client.connect(
                URI.create("serial:/dev/ecr-no-such-port"),
                ConnectOptions.defaults(),
                Recorder.recording()));

    assertEquals(Kind.CONNECT_FAILED, failed.kind());
    assertThat(failed.getMessage()).contains("/dev/ecr-no-such-port");
  }

  @Test
  void the_terminal_port_serves_one_session_after_another() throws Exception {
    FaultyCable cable = cable();
    Recorder.Factory terminalSide = Recorder.Factory.echoing();
    serve(cable.terminalEnd(), terminalSide, SerialOptions.defaults());
    for (int round = 1; round <= 3; round++) {
      Recorder pos = Recorder.recording();
      Connection connection = connect(cable.posEnd(), pos, SerialOptions.defaults());
      join(connection.send("round " + round));
      assertThat(pos.awaitTexts(1)).containsExactly("round " + round);
      connection.close(CloseCodes.NORMAL, "round " + round + " done");
      assertThat(pos.awaitClose())
          .isEqualTo(new Recorder.Close(CloseCodes.NORMAL, "round " + round + " done"));
      client.close();
      client = null;
      int accepted = round;
      await().atMost(Recorder.PATIENCE).until(() -> terminalSide.all().size() == accepted);
      assertThat(terminalSide.all().get(round - 1).awaitClose())
          .isEqualTo(new Recorder.Close(CloseCodes.NORMAL, "round " + round + " done"));
    }
  }

  @Test
  void a_closed_binding_is_forgotten_and_its_port_can_be_served_again() throws Exception {
    FaultyCable cable = cable();
    terminal = new SerialServerTransport(new JSerialCommPorts(), SerialOptions.defaults());
    BindOptions port = new BindOptions(cable.terminalEnd().toString(), 0, LIMIT);
    for (int round = 1; round <= 3; round++) {
      ServerBinding binding = join(terminal.bind(port, Recorder.Factory.echoing()::next));
      assertThat(terminal.openBindings()).as("bound, round " + round).isEqualTo(1);

      binding.close();

      assertThat(terminal.openBindings()).as("closed, round " + round).isZero();
    }
    join(terminal.bind(port, Recorder.Factory.echoing()::next));
    Recorder pos = Recorder.recording();
    Connection connection = connect(cable.posEnd(), pos, SerialOptions.defaults());
    join(connection.send("served again"));
    assertThat(pos.awaitTexts(1)).containsExactly("served again");
  }
}
