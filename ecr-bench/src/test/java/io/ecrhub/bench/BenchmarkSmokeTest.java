package io.ecrhub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.simulator.TerminalSimulator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Proves that every benchmark and driver of this package still runs and produces figures — in this
 * JVM, one short iteration each, at tiny sizes. It asserts results, never timings: the figures
 * themselves come from the commands in BENCHMARKS.md.
 */
class BenchmarkSmokeTest {

  /** One warm-up and one measured iteration of 100 ms, in this JVM, quietly. */
  private static final Options ONE_SHORT_ITERATION =
      new OptionsBuilder()
          .forks(0)
          .warmupIterations(1)
          .warmupTime(TimeValue.milliseconds(100))
          .measurementIterations(1)
          .measurementTime(TimeValue.milliseconds(100))
          .verbosity(VerboseMode.SILENT)
          .build();

  @Test
  void the_wire_floors_and_the_engine_round_trip_run_and_are_compared() {
    List<Figure> figures = RoundTripFigures.measure(ONE_SHORT_ITERATION);

    assertThat(figures)
        .extracting(Figure::name)
        .contains(
            RoundTripFigures.TYRUS_FLOOR,
            RoundTripFigures.PLAIN_TYRUS_FLOOR,
            RoundTripFigures.ENGINE,
            RoundTripFigures.ENGINE_ALONE);
    assertThat(figures).allSatisfy(BenchmarkSmokeTest::hasSamples);
    assertThat(RoundTripFigures.report(figures))
        .contains(RoundTripFigures.ENGINE + " / " + RoundTripFigures.TYRUS_FLOOR + " = ")
        .contains(RoundTripFigures.ENGINE_ALONE + " / " + RoundTripFigures.TYRUS_FLOOR + " = ");
  }

  @Test
  void the_codec_benchmarks_run_and_the_pair_is_checked_against_its_target() {
    List<Figure> figures = CodecFigures.measure(ONE_SHORT_ITERATION);

    assertThat(figures)
        .extracting(Figure::name)
        .contains(
            CodecFigures.PAIR, "CodecBenchmark.encodeRequest", "CodecBenchmark.decodeResponse");
    assertThat(figures).allSatisfy(BenchmarkSmokeTest::hasSamples);
    assertThat(CodecFigures.report(figures)).contains("codec pair median");
  }

  @Test
  void a_client_is_built_and_connected_in_a_warm_jvm() {
    List<Figure> figures =
        JmhFigures.run(ONE_SHORT_ITERATION, "io\\.ecrhub\\.bench\\.ClientStartupBenchmark\\.");

    assertThat(figures)
        .singleElement()
        .satisfies(
            figure -> {
              assertThat(figure.name()).isEqualTo("ClientStartupBenchmark.buildAndConnect");
              hasSamples(figure);
            });
  }

  @Test
  void a_client_is_built_and_connected_in_a_fresh_jvm() throws Exception {
    try (TerminalSimulator simulator = BenchTerminals.start()) {
      StartupDriver.ColdStart cold = StartupDriver.coldStart(simulator.address().toString(), 1);

      assertThat(cold.buildConnect().count()).isEqualTo(1);
      assertThat(cold.buildConnect().median()).isPositive();
      assertThat(cold.jvmToMain().median()).isPositive();
    }
  }

  @Test
  void lanes_pay_and_query_against_a_simulator_in_its_own_process() throws Exception {
    ScaleResult result =
        ScaleDriver.run(
            // a measuring window long enough for a sale even on a loaded machine: this checks that
            // lanes run, not how fast
            new ScalePlan(4, Duration.ofMillis(200), Duration.ofSeconds(3), Duration.ZERO, true));

    assertThat(result.errors()).as("first error: %s", result.firstError()).isZero();
    assertThat(result.sales()).isPositive();
    assertThat(result.queries()).isPositive();
    assertThat(result.operationsPerSecond()).isPositive();
    assertThat(result.sale().p50()).isPositive();
    assertThat(result.threadsIdle()).isPositive();
    assertThat(result.markdownRow()).startsWith("| 4 | flat out |");
  }

  @Test
  void a_dropped_connection_is_recovered_and_timed() throws Exception {
    RecoveryDriver.Recovery recovery = RecoveryDriver.measure(Duration.ZERO, 2);

    assertThat(recovery.millis().count()).isEqualTo(2);
    assertThat(recovery.millis().min()).isPositive();
    assertThat(recovery.requestsPerRecovery()).isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void the_reference_exchange_is_captured_as_the_engine_sent_it() {
    PayExchanges exchanges = PayExchanges.capture();

    assertThat(exchanges.orderRequest()).contains("\"merchant_order_no\":\"CAPTURE1\"");
    assertThat(exchanges.orderResponse()).contains("\"response_code\":\"000\"");
    assertThat(exchanges.queryRequest()).contains("\"topic\":\"ecrhub.pay.query\"");
    assertThat(exchanges.queryResponse()).contains("\"trans_status\":\"2\"");
  }

  private static void hasSamples(Figure figure) {
    assertThat(figure.samples()).as(figure.name()).isPositive();
    assertThat(figure.median()).as(figure.name()).isPositive();
  }
}
