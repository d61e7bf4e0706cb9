package io.ecrhub.bench;

import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.mapping.OrderRequestMapping;
import io.ecrhub.protocol.mapping.TransactionMapping;
import io.ecrhub.protocol.topic.Topic;
import io.ecrhub.protocol.wire.Envelope;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Figure 3, the codec: what the POS side does with one {@code pay.order} request/response pair —
 * map the domain order to its wire record and encode the request frame; decode the terminal's
 * response frame and map it to a domain {@link TransactionResult}. The frames are the ones a real
 * sale exchanged ({@link PayExchanges}). The Jackson peer, on the same JSON, lives with the peer
 * benchmarks ({@code src/bench-peers}).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = BenchDefaults.QUIET_LOGGING)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
public class CodecBenchmark {

  /** The reference sale and the simulator's approval of it. */
  @State(Scope.Benchmark)
  public static class OrderPair {
    final ProtocolCodec codec = ProtocolCodec.standard();
    PaymentOrder order;
    String response;

    @Setup(Level.Trial)
    public void capture() {
      PayExchanges exchanges = PayExchanges.capture();
      order = PayExchanges.referenceSale("CAPTURE1").build();
      response = exchanges.orderResponse();
    }
  }

  /** Encode the request and decode the response: the codec's cost per {@code pay.order}. */
  @Benchmark
  public TransactionResult pair(OrderPair pair, Blackhole blackhole) {
    blackhole.consume(encodeRequest(pair));
    return decodeResponse(pair);
  }

  /** The request half: domain order → wire record → JSON frame. */
  @Benchmark
  public String encodeRequest(OrderPair pair) {
    return pair.codec.encode(
        Envelope.request(
            Topic.PAY_ORDER.name(),
            BenchTerminals.APP_ID,
            System.currentTimeMillis(),
            "k3x9q2-1",
            OrderRequestMapping.toWire(pair.order)));
  }

  /** The response half: JSON frame → envelope → domain transaction. */
  @Benchmark
  public TransactionResult decodeResponse(OrderPair pair) {
    InboundMessage message = pair.codec.decode(pair.response).get();
    if (!message.responseCode().exists(code -> code.isSuccess())) {
      throw new IllegalStateException("the reference response is not a success: " + message);
    }
    return TransactionMapping.fromWire(message.biz(), CurrencyScale.defaultScale()).get();
  }
}
