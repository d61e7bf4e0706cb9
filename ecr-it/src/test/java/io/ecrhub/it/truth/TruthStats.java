package io.ecrhub.it.truth;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** How often each kind of misbehaviour happened: a soak whose faults never fired proves nothing. */
final class TruthStats {

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  void count(String kind) {
    counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  long get(String kind) {
    LongAdder adder = counts.get(kind);
    return adder == null ? 0 : adder.sum();
  }

  /** Every kind with its count, sorted by name. */
  Map<String, Long> snapshot() {
    Map<String, Long> snapshot = new TreeMap<>();
    counts.forEach((kind, adder) -> snapshot.put(kind, adder.sum()));
    return snapshot;
  }
}
