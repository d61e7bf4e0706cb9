package io.ecrhub.protocol.client.internal;

import io.ecrhub.protocol.spi.Connection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers naming neither request nor order that were matched recently, by connection and exact
 * text: a terminal that sends such an answer twice must not have its copy taken as the answer to
 * the next request of the same topic. Bounded: it forgets the oldest.
 */
final class RecentAnonymousAnswers {

  private static final int CAPACITY = 256;

  private record Key(Connection connection, String text) {}

  private final Map<Key, Long> doubtfulUntilNanos =
      new LinkedHashMap<>(32, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Long> eldest) {
          return size() > CAPACITY;
        }
      };

  /** Remembers an answer matched by topic alone, for twice the timeout of its request. */
  synchronized void remember(Connection connection, String text, long timeoutNanos) {
    doubtfulUntilNanos.put(new Key(connection, text), System.nanoTime() + 2 * timeoutNanos);
  }

  /** Whether {@code text} repeats such an answer recently seen on {@code connection}. */
  synchronized boolean isRepeat(Connection connection, String text) {
    Long until = doubtfulUntilNanos.get(new Key(connection, text));
    return until != null && System.nanoTime() - until < 0;
  }
}
