package io.ecrhub.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Figure 4, scale: for each N, N lanes (one client and one connection each) against one simulator
 * in its own process, sale + query in a loop. Prints one Markdown row per N.
 *
 * <pre>
 * java -cp ecr-it/target/benchmarks.jar io.ecrhub.bench.ScaleDriver \
 *     --connections 100,500,1000,2000 --period-ms 1000 --warmup-ms 10000 --measure-ms 20000
 * </pre>
 *
 * {@code --period-ms 0} runs the lanes flat out (a capacity test: latency is then queueing, by
 * Little's law N / throughput); a period runs each lane at one cycle per period. Runs are bounded
 * by their durations and stop by themselves.
 */
public final class ScaleDriver {

  private static final Set<String> OPTIONS =
      Set.of("connections", "period-ms", "warmup-ms", "measure-ms", "simulator");

  private ScaleDriver() {}

  public static void main(String[] args) throws Exception {
    DriverArgs options = DriverArgs.parse(args, OPTIONS);
    List<ScalePlan> plans = new ArrayList<>();
    for (int connections : options.integers("connections", List.of(100, 500, 1000, 2000))) {
      plans.add(
          new ScalePlan(
              connections,
              options.millis("warmup-ms", Duration.ofSeconds(10)),
              options.millis("measure-ms", Duration.ofSeconds(20)),
              options.millis("period-ms", Duration.ofSeconds(1)),
              !options.text("simulator", "process").equals("jvm")));
    }
    System.out.println("open-file limit of this process: " + OpenFiles.limit());
    System.out.println(ScaleResult.markdownHeader());
    for (ScalePlan plan : plans) {
      ScaleResult result = run(plan);
      System.out.println(result.markdownRow());
      if (!result.firstError().isEmpty()) {
        System.out.println("  first error: " + result.firstError());
      }
    }
  }

  /** Runs one plan. */
  public static ScaleResult run(ScalePlan plan) throws Exception {
    return ScaleRun.run(plan);
  }
}
