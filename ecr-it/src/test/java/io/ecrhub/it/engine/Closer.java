package io.ecrhub.it.engine;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a scenario opened, closed last-opened first. Every part is closed even when one fails; the
 * first failure is then thrown, so that a part that cannot close fails the test instead of leaking.
 */
final class Closer implements AutoCloseable {

  private final Deque<AutoCloseable> parts = new ArrayDeque<>();

  /** Registers {@code part} and returns it. */
  synchronized <T extends AutoCloseable> T register(T part) {
    parts.push(part);
    return part;
  }

  @Override
  public void close() {
    RuntimeException first = null;
    while (true) {
      AutoCloseable part;
      synchronized (this) {
        if (parts.isEmpty()) {
          break;
        }
        part = parts.pop();
      }
      try {
        part.close();
      } catch (Exception failure) {
        if (first == null) {
          first = new IllegalStateException("closing " + part + " failed", failure);
        } else {
          first.addSuppressed(failure);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
