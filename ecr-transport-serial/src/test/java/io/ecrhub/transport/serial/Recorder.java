package io.ecrhub.transport.serial;

import static org.awaitility.Awaitility.await;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records one connection's events; echoes texts when asked to. */
final class Recorder implements ConnectionListener {

  record Close(int code, String reason) {}

  static final Duration PATIENCE = Duration.ofSeconds(20);

  private final boolean echo;
  final List<String> texts = new CopyOnWriteArrayList<>();
  final List<Close> closes = new CopyOnWriteArrayList<>();
  final List<Throwable> errors = new CopyOnWriteArrayList<>();
  volatile Connection opened;

  private Recorder(boolean echo) {
    this.echo = echo;
  }

  static Recorder recording() {
    return new Recorder(false);
  }

  static Recorder echoing() {
    return new Recorder(true);
  }

  @Override
  public void onOpen(Connection connection) {
    opened = connection;
  }

  @Override
  public void onText(Connection connection, String text) {
    texts.add(text);
    if (echo) {
      connection.send(text);
    }
  }

  @Override
  public void onClose(Connection connection, int code, String reason) {
    closes.add(new Close(code, reason));
  }

  @Override
  public void onError(Connection connection, Throwable error) {
    errors.add(error);
  }

  /** Makes a recorder for each connection a terminal accepts. */
  static final class Factory {
    private final boolean echo;
    private final List<Recorder> made = new CopyOnWriteArrayList<>();

    private Factory(boolean echo) {
      this.echo = echo;
    }

    static Factory echoing() {
      return new Factory(true);
    }

    static Factory recording() {
      return new Factory(false);
    }

    ConnectionListener next(Connection connection) {
      Recorder recorder = new Recorder(echo);
      made.add(recorder);
      return recorder;
    }

    List<Recorder> all() {
      return List.copyOf(made);
    }

    Recorder awaitOne() {
      await().atMost(PATIENCE).until(() -> !made.isEmpty());
      return made.get(0).awaitOpenRecorder();
    }

    /** The one connection accepted so far (waits for it). */
    Recorder only() {
      Recorder recorder = awaitOne();
      if (made.size() != 1) {
        throw new AssertionError("expected one accepted connection, got " + made.size());
      }
      return recorder;
    }
  }

  private Recorder awaitOpenRecorder() {
    awaitOpen();
    return this;
  }

  List<String> awaitTexts(int count) {
    await().atMost(PATIENCE).until(() -> texts.size() >= count);
    return List.copyOf(texts);
  }

  Close awaitClose() {
    await().atMost(PATIENCE).until(() -> !closes.isEmpty());
    return closes.get(0);
  }

  Connection awaitOpen() {
    await().atMost(PATIENCE).until(() -> opened != null);
    return opened;
  }
}
