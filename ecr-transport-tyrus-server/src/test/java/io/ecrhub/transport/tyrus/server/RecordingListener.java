package io.ecrhub.transport.tyrus.server;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Records every event of a connection, and whether two events ever overlapped (the SPI promises one
 * at a time). An optional reaction runs on each text frame (echo, throw, close...).
 */
final class RecordingListener implements ConnectionListener {

  record Close(int code, String reason) {}

  final CompletableFuture<Connection> opened = new CompletableFuture<>();
  final CompletableFuture<Close> closed = new CompletableFuture<>();
  final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
  final List<Close> closes = new CopyOnWriteArrayList<>();
  final List<Throwable> errors = new CopyOnWriteArrayList<>();
  final AtomicInteger pongs = new AtomicInteger();
  final AtomicInteger opens = new AtomicInteger();
  final AtomicInteger overlaps = new AtomicInteger();
  final AtomicInteger eventsAfterClose = new AtomicInteger();
  private final AtomicInteger inCallback = new AtomicInteger();
  private final BiConsumer<Connection, String> onText;

  RecordingListener() {
    this((connection, text) -> {});
  }

  RecordingListener(BiConsumer<Connection, String> onText) {
    this.onText = onText;
  }

  static RecordingListener echoing() {
    return new RecordingListener((connection, text) -> connection.send(text));
  }

  @Override
  public void onOpen(Connection connection) {
    enter();
    try {
      opens.incrementAndGet();
      opened.complete(connection);
    } finally {
      leave();
    }
  }

  @Override
  public void onText(Connection connection, String text) {
    enter();
    try {
      texts.add(text);
      onText.accept(connection, text);
    } finally {
      leave();
    }
  }

  @Override
  public void onPong(Connection connection) {
    enter();
    try {
      pongs.incrementAndGet();
    } finally {
      leave();
    }
  }

  @Override
  public void onClose(Connection connection, int code, String reason) {
    enter();
    try {
      Close close = new Close(code, reason);
      closes.add(close);
      closed.complete(close);
    } finally {
      leave();
    }
  }

  @Override
  public void onError(Connection connection, Throwable error) {
    enter();
    try {
      errors.add(error);
    } finally {
      leave();
    }
  }

  String nextText() throws InterruptedException {
    String text = texts.poll(10, TimeUnit.SECONDS);
    if (text == null) {
      throw new AssertionError("no text frame within 10 s");
    }
    return text;
  }

  Close awaitClose() throws Exception {
    return closed.get(10, TimeUnit.SECONDS);
  }

  private void enter() {
    if (!closes.isEmpty()) {
      eventsAfterClose.incrementAndGet();
    }
    if (inCallback.incrementAndGet() > 1) {
      overlaps.incrementAndGet();
    }
  }

  private void leave() {
    inCallback.decrementAndGet();
  }
}
