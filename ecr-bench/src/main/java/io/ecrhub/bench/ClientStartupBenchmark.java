package io.ecrhub.bench;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.simulator.TerminalSimulator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Figure 5, in-process start-up once the JVM is warm: {@code EcrClient.builder()...build()} with
 * its own transport and timer (the defaults), then {@code connect()} until the connection is open.
 * Closing the client is not timed. The first client of a fresh JVM is {@link ConnectOnce}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = BenchDefaults.QUIET_LOGGING)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ClientStartupBenchmark {

  /** The terminal every client connects to. */
  @State(Scope.Benchmark)
  public static class Terminal {
    TerminalSimulator simulator;

    @Setup(Level.Trial)
    public void start() {
      simulator = BenchTerminals.start();
    }

    @TearDown(Level.Trial)
    public void stop() {
      simulator.close();
    }
  }

  /** The client of the current invocation, closed after it outside the timing. */
  @State(Scope.Thread)
  public static class Opened {
    EcrClient client;

    @TearDown(Level.Invocation)
    public void close() {
      if (client != null) {
        client.close();
        client = null;
      }
    }
  }

  /** Build a client and connect it. */
  @Benchmark
  public EcrClient buildAndConnect(Terminal terminal, Opened opened) throws Exception {
    opened.client =
        EcrClient.builder()
            .terminal(terminal.simulator.address())
            .appId(BenchTerminals.APP_ID)
            .journal(new InMemoryOrderJournal())
            .build();
    opened.client.connect().get(10, TimeUnit.SECONDS);
    return opened.client;
  }
}
