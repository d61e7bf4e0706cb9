package io.ecrhub.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs JMH benchmarks from a figure's {@code main} and turns the results into {@link Figure}s. The
 * figure chooses the benchmarks; the command line may set anything else JMH knows ({@code -f},
 * {@code -wi}, {@code -i}, {@code -prof gc}, …), defaulting to each benchmark's annotations.
 */
final class JmhFigures {

  private JmhFigures() {}

  /** JMH options from a command line, e.g. {@code -f 3 -i 10}. */
  static Options fromCommandLine(String... args) {
    try {
      return new CommandLineOptions(args);
    } catch (CommandLineOptionException bad) {
      throw new IllegalArgumentException("bad JMH option: " + bad.getMessage(), bad);
    }
  }

  /**
   * Runs the benchmarks whose names match {@code includes} (regular expressions, as JMH's {@code
   * -include}) with {@code options}, and returns one figure per benchmark that ran, by name.
   * Benchmarks not on the class path (the peers, outside {@code benchmarks.jar}) are simply absent.
   */
  static List<Figure> run(Options options, String... includes) {
    ChainedOptionsBuilder builder = new OptionsBuilder().parent(options).shouldFailOnError(true);
    for (String include : includes) {
      builder.include(include);
    }
    Collection<RunResult> results;
    try {
      results = new Runner(builder.build()).run();
    } catch (RunnerException failed) {
      throw new IllegalStateException("the benchmarks failed: " + failed.getMessage(), failed);
    }
    List<Figure> figures = new ArrayList<>();
    for (RunResult result : results) {
      figures.add(figure(result));
    }
    figures.sort(Comparator.comparing(Figure::name));
    return figures;
  }

  /** The figure of the benchmark {@code name} ({@code Class.method}), if it ran. */
  static Optional<Figure> find(List<Figure> figures, String name) {
    return figures.stream().filter(figure -> figure.name().equals(name)).findFirst();
  }

  private static Figure figure(RunResult result) {
    Statistics all = result.getPrimaryResult().getStatistics();
    double lowestFork = Double.MAX_VALUE;
    double highestFork = 0;
    for (BenchmarkResult fork : result.getBenchmarkResults()) {
      double forkMedian = fork.getPrimaryResult().getStatistics().getPercentile(50);
      lowestFork = Math.min(lowestFork, forkMedian);
      highestFork = Math.max(highestFork, forkMedian);
    }
    String label = result.getParams().getBenchmark();
    String name = label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1);
    return new Figure(
        name,
        result.getPrimaryResult().getScoreUnit(),
        all.getN(),
        all.getPercentile(10),
        all.getPercentile(50),
        all.getPercentile(90),
        all.getPercentile(99),
        all.getPercentile(99.9),
        lowestFork,
        highestFork);
  }
}
