package io.ecrhub.bench;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * What all {@link TerminalLane}s of a scale run measured, shared by them. Latencies count only
 * while {@link #recording(boolean) recording} (after the warm-up); errors always count.
 */
final class LaneStats {

  final LatencyHistogram sales = new LatencyHistogram();
  final LatencyHistogram queries = new LatencyHistogram();
  private final LongAdder errors = new LongAdder();
  private final LongAdder errorsWhileRecording = new LongAdder();
  private final AtomicReference<String> firstError = new AtomicReference<>();
  private volatile boolean recording;

  void recording(boolean value) {
    recording = value;
  }

  void sale(long nanos) {
    if (recording) {
      sales.record(nanos);
    }
  }

  void query(long nanos) {
    if (recording) {
      queries.record(nanos);
    }
  }

  void error(String what) {
    errors.increment();
    if (recording) {
      errorsWhileRecording.increment();
    }
    firstError.compareAndSet(null, what);
  }

  /** Errors over the whole run, warm-up included. */
  long errors() {
    return errors.sum();
  }

  long errorsWhileRecording() {
    return errorsWhileRecording.sum();
  }

  /** The first error seen, for the report; empty when there was none. */
  String firstError() {
    String first = firstError.get();
    return first == null ? "" : first;
  }
}
