package io.ecrhub.transport.tyrus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Threads must not grow with connections, and must all be gone after close. */
class ThreadBudgetTest {

  private static final int CONNECTIONS = 200;

  /**
   * Client and server of this module together, whatever the number of connections: the server's 1
   * selector + 4 workers + 1 Grizzly helper, the client's timer + about 16 connect threads (Tyrus
   * parks one per connect in progress, the gate lets 16 run) + 4 socket threads of the JDK
   * container + its internal poller. That is about 29 (measured: 29); a thread per connection would
   * need at least 200.
   */
  private static final int THREAD_BUDGET = 40;

  @Test
  void two_hundred_connections_run_on_a_fixed_number_of_threads() throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int before = threads.getThreadCount();
    threads.resetPeakThreadCount();
    try (LoopbackServer server = LoopbackServer.echo();
        TyrusClientTransport client = new TyrusClientTransport()) {
      List<RecordingListener> listeners = new ArrayList<>();
      List<CompletableFuture<Connection>> connecting = new ArrayList<>();
      for (int i = 0; i < CONNECTIONS; i++) {
        RecordingListener listener = new RecordingListener();
        listeners.add(listener);
        connecting.add(
            client
                .connect(server.address(), ConnectOptions.defaults(), listener)
                .toCompletableFuture());
      }
      CompletableFuture.allOf(connecting.toArray(CompletableFuture[]::new))
          .get(60, TimeUnit.SECONDS);
      for (int i = 0; i < CONNECTIONS; i++) {
        connecting.get(i).join().send("frame " + i);
      }
      for (int i = 0; i < CONNECTIONS; i++) {
        assertThat(listeners.get(i).nextText()).isEqualTo("frame " + i);
      }
      int during = threads.getThreadCount();
      int peak = threads.getPeakThreadCount();
      System.out.printf(
          "threads: %d before, %d with %d connections open, peak %d%n",
          before, during, CONNECTIONS, peak);

      assertThat(server.accepted).hasSize(CONNECTIONS);
      assertThat(peak - before)
          .as("threads added at the peak for %d connections", CONNECTIONS)
          .isLessThan(THREAD_BUDGET);
    }
  }

  @Test
  void after_close_no_thread_of_either_transport_is_left() throws Exception {
    Set<Long> before = ThreadsAssert.liveThreadIds();
    try (LoopbackServer server = LoopbackServer.echo();
        TyrusClientTransport client = new TyrusClientTransport()) {
      RecordingListener listener = new RecordingListener();
      client
          .connect(server.address(), ConnectOptions.defaults(), listener)
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS)
          .send("x");
      assertThat(listener.nextText()).isEqualTo("x");
      assertThat(ThreadsAssert.namesContaining("ecr-tyrus-")).isNotEmpty();
    }

    assertThat(ThreadsAssert.newNonDaemonThreads(before)).isEmpty();
    await()
        .atMost(15, TimeUnit.SECONDS)
        .untilAsserted(
            () ->
                assertThat(
                        ThreadsAssert.liveThreads().stream()
                            .filter(thread -> !before.contains(thread.getId()))
                            .map(Thread::getName)
                            .filter(name -> name.contains("tyrus") || name.contains("Grizzly"))
                            // A static, lazily started, daemon scheduler of Tyrus' JDK container
                            // (TransportFilter): one per JVM, owned by no transport.
                            .filter(name -> !name.equals("tyrus-jdk-container-idle-timeout"))
                            .toList())
                    .as("Tyrus and Grizzly threads started by this test")
                    .isEmpty());
    // The JDK container's socket poller is an unnamed thread waiting in native code; an idle one
    // makes System.exit wait (see TyrusClientTransport), so it must stop with the last connection.
    await()
        .atMost(15, TimeUnit.SECONDS)
        .untilAsserted(
            () ->
                assertThat(
                        Thread.getAllStackTraces().entrySet().stream()
                            .filter(entry -> !before.contains(entry.getKey().getId()))
                            .filter(entry -> runsSocketPoller(entry.getValue()))
                            .map(entry -> entry.getKey().getName())
                            .toList())
                    .as("asynchronous socket pollers started by this test")
                    .isEmpty());
  }

  private static boolean runsSocketPoller(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().startsWith("sun.nio.ch.EPollPort")) {
        return true;
      }
    }
    return false;
  }

  @Test
  void a_plain_main_exits_by_itself_after_closing_both_transports() throws Exception {
    Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ShutdownMain.class.getName())
            .redirectErrorStream(true)
            .start();

    boolean exited = process.waitFor(30, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(exited).as("process exited by itself within 30 s; output:%n%s", output).isTrue();
    assertThat(process.exitValue()).as("exit code; output:%n%s", output).isZero();
    assertThat(output).contains("echo: hello").contains("closed");
  }
}
