package io.ecrhub.simulator.ui.internal;

import com.sun.net.httpserver.HttpServer;
import io.ecrhub.simulator.TerminalScreen;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's HTTP server with the UI's three handlers: the page ({@code /}, {@code /app.js}, {@code
 * /app.css}), its event stream ({@code /events}) and its buttons ({@code /api/…}).
 */
public final class UiServer implements AutoCloseable {

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final HttpServer server;
  private final ExecutorService threads;
  private final EventStreamHandler events;
  private final AtomicBoolean closed = new AtomicBoolean();

  private UiServer(HttpServer server, ExecutorService threads, EventStreamHandler events) {
    this.server = server;
    this.threads = threads;
    this.events = events;
  }

  /**
   * Serves {@code screen} on {@code address} (port 0: any free one), guarded by {@code token}.
   *
   * @param screen the simulator's screen to show and act on
   * @param address the address and port to listen on
   * @param token the token the event stream and the actions require
   * @throws IOException when the address cannot be bound
   * @return the running server
   */
  public static UiServer start(TerminalScreen screen, InetSocketAddress address, String token)
      throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    RequestGuard guard = new RequestGuard(server.getAddress().getPort(), token);
    EventStreamHandler events = new EventStreamHandler(screen, guard);
    server.createContext("/", new PageHandler(guard, token));
    server.createContext("/events", events);
    server.createContext("/api/", new ActionHandler(screen, guard));
    ExecutorService threads = newThreads();
    server.setExecutor(threads);
    server.start();
    return new UiServer(server, threads, events);
  }

  /**
   * The port bound.
   *
   * @return the bound port, never 0
   */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      events.stopAll();
      server.stop(0);
      threads.shutdownNow();
    }
  }

  /**
   * Every open page holds a thread for its event stream; a few more serve the page and the buttons,
   * so that open pages never starve a click.
   */
  private static ExecutorService newThreads() {
    int size = EventStreamHandler.MAX_STREAMS + 4;
    ThreadPoolExecutor threads =
        new ThreadPoolExecutor(
            size,
            size,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "ecr-simulator-ui-" + THREADS.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    threads.allowCoreThreadTimeOut(true);
    return threads;
  }
}
