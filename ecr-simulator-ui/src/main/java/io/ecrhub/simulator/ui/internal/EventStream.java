package io.ecrhub.simulator.ui.internal;

import com.sun.net.httpserver.HttpExchange;
import io.ecrhub.simulator.ScreenWatcher;
import io.ecrhub.simulator.TerminalScreen;
import io.ecrhub.simulator.WireEvent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One open page's server-sent events: first the whole screen ({@code state}) and the recent wire
 * ({@code frames}), then a {@code state} after every change and a {@code frame} for every event on
 * the wire. The simulator's threads only queue work here; this stream's own thread writes it. A
 * burst of changes is sent as one {@code state}, since the page draws the newest one anyway.
 */
final class EventStream implements ScreenWatcher {

  /**
   * How long the stream may stay quiet before it sends a comment: the write shows whether the page
   * is still there, and keeps anything in between from cutting an idle stream.
   */
  static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

  /** Events a page may fall behind by before its stream is ended (the browser reconnects). */
  static final int BACKLOG = 5_000;

  private static final Object STATE_CHANGED = new Object();
  private static final Object STOP = new Object();

  private final TerminalScreen screen;
  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(BACKLOG);
  private final AtomicBoolean stateQueued = new AtomicBoolean();

  EventStream(TerminalScreen screen) {
    this.screen = screen;
  }

  @Override
  public void changed() {
    if (stateQueued.compareAndSet(false, true)) {
      enqueue(STATE_CHANGED);
    }
  }

  @Override
  public void wire(WireEvent event) {
    enqueue(event);
  }

  /** Ends the stream soon; called from another thread. */
  void stop() {
    enqueue(STOP);
  }

  /** Serves the stream on {@code exchange} until the page goes away or {@link #stop()}. */
  // the watch is held only so that it ends with the stream: its work is done by being closed
  @SuppressWarnings("try")
  void serve(HttpExchange exchange) throws IOException, InterruptedException {
    Responses.protect(exchange);
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    // watch first, then read: an event in between arrives twice, and the sequence drops it
    try (TerminalScreen.Watch watch = screen.watch(this)) {
      long lastSequence = sendEverything(out);
      while (true) {
        Object next = queue.poll(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
          write(out, ": keep-alive\n\n");
        } else if (next == STOP) {
          return;
        } else if (next == STATE_CHANGED) {
          stateQueued.set(false);
          sendEvent(out, "state", ScreenJson.state(screen.view()));
        } else if (next instanceof WireEvent event && event.sequence() > lastSequence) {
          sendEvent(out, "frame", ScreenJson.frame(event));
          lastSequence = event.sequence();
        }
      }
    }
  }

  private long sendEverything(OutputStream out) throws IOException {
    stateQueued.set(false);
    sendEvent(out, "state", ScreenJson.state(screen.view()));
    List<WireEvent> recent = screen.recentWire();
    JsonArrayBuilder frames = Json.createArrayBuilder();
    recent.forEach(event -> frames.add(ScreenJson.frame(event)));
    sendEvent(out, "frames", Json.createObjectBuilder().add("frames", frames).build());
    return recent.isEmpty() ? 0 : recent.get(recent.size() - 1).sequence();
  }

  private void enqueue(Object item) {
    if (!queue.offer(item)) {
      // the page fell too far behind: end its stream; the browser reconnects and starts afresh
      queue.clear();
      queue.offer(STOP);
    }
  }

  private static void sendEvent(OutputStream out, String name, JsonObject data) throws IOException {
    // JSON-P writes one line: newlines inside strings are escaped, as a data: line needs
    write(out, "event: " + name + "\ndata: " + data + "\n\n");
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
