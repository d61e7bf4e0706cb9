package io.ecrhub.transport.loopback;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/** A listener that queues what happens, so that a test can take events in the order they came. */
final class EventLog implements ConnectionListener {

  sealed interface Event {}

  record Opened() implements Event {}

  record Text(String text) implements Event {}

  record Pong() implements Event {}

  record Closed(int code, String reason) implements Event {}

  record Failed(Throwable error) implements Event {}

  private static final long WAIT_SECONDS = 10;

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final BiConsumer<Connection, String> onText;
  private volatile Connection connection;

  EventLog() {
    this((connection, text) -> {});
  }

  private EventLog(BiConsumer<Connection, String> onText) {
    this.onText = onText;
  }

  /** Answers every frame with the same text. */
  static EventLog echoing() {
    return new EventLog(Connection::send);
  }

  /** Records, then does {@code reaction}; the reaction may throw. */
  static EventLog reacting(BiConsumer<Connection, String> reaction) {
    return new EventLog(reaction);
  }

  Connection connection() {
    return connection;
  }

  @Override
  public void onOpen(Connection opened) {
    this.connection = opened;
    events.add(new Opened());
  }

  @Override
  public void onText(Connection from, String text) {
    events.add(new Text(text));
    onText.accept(from, text);
  }

  @Override
  public void onPong(Connection from) {
    events.add(new Pong());
  }

  @Override
  public void onClose(Connection closed, int code, String reason) {
    events.add(new Closed(code, reason));
  }

  @Override
  public void onError(Connection failed, Throwable error) {
    events.add(new Failed(error));
  }

  /** The next event; fails when none comes within 10 s. */
  Event next() {
    try {
      Event event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      assertThat(event).as("an event within %d s", WAIT_SECONDS).isNotNull();
      return event;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for an event", interrupted);
    }
  }

  /** The next {@code count} events, which must all be texts. */
  List<String> nextTexts(int count) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Event event = next();
      assertThat(event).as("event %d of %d", i, count).isInstanceOf(Text.class);
      texts.add(((Text) event).text());
    }
    return texts;
  }

  String nextText() {
    return nextTexts(1).get(0);
  }

  Closed nextClose() {
    Event event = next();
    assertThat(event).isInstanceOf(Closed.class);
    return (Closed) event;
  }

  void expectOpened() {
    assertThat(next()).isEqualTo(new Opened());
  }

  /** Whatever has been queued and not taken yet. */
  List<Event> pending() {
    List<Event> rest = new ArrayList<>();
    events.drainTo(rest);
    return rest;
  }
}
