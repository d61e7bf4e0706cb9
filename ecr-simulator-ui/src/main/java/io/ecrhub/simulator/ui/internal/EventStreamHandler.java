package io.ecrhub.simulator.ui.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.ecrhub.simulator.TerminalScreen;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /events?token=…}: the page's live channel, guarded by {@link RequestGuard}. */
final class EventStreamHandler implements HttpHandler {

  /** Pages that may be open at once; each holds a thread while it is. */
  static final int MAX_STREAMS = 16;

  private static final Logger LOG = LoggerFactory.getLogger(EventStreamHandler.class);

  private final TerminalScreen screen;
  private final RequestGuard guard;
  private final Semaphore slots = new Semaphore(MAX_STREAMS);
  private final Set<EventStream> open = ConcurrentHashMap.newKeySet();

  EventStreamHandler(TerminalScreen screen, RequestGuard guard) {
    this.screen = screen;
    this.guard = guard;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Option<String> refusal = guard.refuseChannel(exchange, true);
      if (refusal.isDefined()) {
        RequestGuard.refuse(exchange, refusal.get());
        return;
      }
      if (!exchange.getRequestMethod().equals("GET")) {
        exchange.getResponseHeaders().set("Allow", "GET");
        Responses.error(exchange, 405, "method not allowed", "the event stream is a GET");
        return;
      }
      if (!slots.tryAcquire()) {
        Responses.error(
            exchange, 503, "busy", MAX_STREAMS + " pages are open already; close one first");
        return;
      }
      EventStream stream = new EventStream(screen);
      open.add(stream);
      try {
        stream.serve(exchange);
      } catch (IOException pageGone) {
        LOG.debug("a page closed its event stream: {}", pageGone.toString());
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
      } finally {
        open.remove(stream);
        slots.release();
      }
    }
  }

  /** Ends every open stream. */
  void stopAll() {
    open.forEach(EventStream::stop);
  }
}
