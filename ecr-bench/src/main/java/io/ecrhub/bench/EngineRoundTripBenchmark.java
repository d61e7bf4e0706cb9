package io.ecrhub.bench;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
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
 * Figure 2, the engine round trip: {@link EcrClient#query} through the public API, over the default
 * Tyrus transport, to the simulator on 127.0.0.1, one query at a time. Everything a POS pays for
 * one query is in it: the payment service, the session (request id, pending map, reply timer), the
 * codec both ways on both sides, the simulator's ledger look-up, and the wire of {@link
 * WireFloorBenchmark}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = BenchDefaults.QUIET_LOGGING)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
public class EngineRoundTripBenchmark {

  /** A simulator with one approved order, and a connected client. */
  @State(Scope.Benchmark)
  public static class PayingClient {
    TerminalSimulator simulator;
    EcrClient client;
    MerchantOrderNo order;

    @Setup(Level.Trial)
    public void start() throws Exception {
      simulator = BenchTerminals.start();
      client =
          EcrClient.builder()
              .terminal(simulator.address())
              .appId(BenchTerminals.APP_ID)
              .journal(new InMemoryOrderJournal())
              .build();
      client.connect().get(30, TimeUnit.SECONDS);
      order = MerchantOrderNo.of("ROUNDTRIP1").get();
      PaymentOutcome sale = client.submit(PayExchanges.referenceSale(order.value()));
      if (!(sale instanceof PaymentOutcome.Approved)) {
        throw new IllegalStateException("the benchmark's sale was not approved: " + sale);
      }
    }

    @TearDown(Level.Trial)
    public void stop() {
      client.close();
      simulator.close();
    }
  }

  /**
   * The engine alone: a client of a terminal that does no work — it answers every frame with the
   * captured query answer ({@link FixedReplyAcceptor}, as the floor's server). Set against {@link
   * WireFloorBenchmark#tyrusTransports}, it leaves out what the simulator costs.
   */
  @State(Scope.Benchmark)
  public static class ClientOfAFixedReplyTerminal {
    ServerBinding terminal;
    EcrClient client;
    MerchantOrderNo order;

    @Setup(Level.Trial)
    public void start() throws Exception {
      BenchDefaults.quietLibraryLogging();
      PayExchanges exchange = PayExchanges.capture();
      terminal =
          new TyrusServerTransport()
              .bind(
                  BindOptions.loopbackEphemeral(),
                  new FixedReplyAcceptor(exchange.queryResponseWithoutRequestId()))
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
      client =
          EcrClient.builder()
              .terminal(terminal.address())
              .appId(BenchTerminals.APP_ID)
              .journal(new InMemoryOrderJournal())
              .build();
      client.connect().get(30, TimeUnit.SECONDS);
      order = MerchantOrderNo.of(PayExchanges.CAPTURED_ORDER).get();
    }

    @TearDown(Level.Trial)
    public void stop() {
      client.close();
      terminal.close();
    }
  }

  /** One {@code pay.query} of a completed order, answered {@code 000} by the simulator. */
  @Benchmark
  public TerminalReply<TransactionResult> query(PayingClient paying) {
    return answered000(paying.client.query(paying.order));
  }

  /** The same query, answered by a terminal that does no work. */
  @Benchmark
  public TerminalReply<TransactionResult> queryFixedReplyTerminal(
      ClientOfAFixedReplyTerminal paying) {
    return answered000(paying.client.query(paying.order));
  }

  private static TerminalReply<TransactionResult> answered000(
      TerminalReply<TransactionResult> reply) {
    if (!(reply instanceof TerminalReply.Answered<TransactionResult> answered)
        || !answered.code().isSuccess()) {
      // a failure returns fast and would pass for a great figure
      throw new IllegalStateException("the query was not answered 000: " + reply);
    }
    return reply;
  }
}
