package io.ecrhub.protocol.spi.support;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads with a recognisable name: {@code <prefix>-1}, {@code <prefix>-2}… Daemon, so that
 * a thread a transport forgot to stop can never keep a command-line process alive; named, so that a
 * thread dump (and the contract kit's thread check) tells whose they are.
 */
public final class DaemonThreads implements ThreadFactory {

  private final String prefix;
  private final AtomicInteger counter = new AtomicInteger();

  private DaemonThreads(String prefix) {
    this.prefix = prefix;
  }

  /**
   * A factory of daemon threads named {@code prefix-n}.
   *
   * @param prefix the name's start, e.g. {@code ecr-tyrus}; not blank
   * @return a new factory, numbering its threads from 1
   * @throws IllegalArgumentException when {@code prefix} is blank
   */
  public static DaemonThreads named(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isBlank()) {
      throw new IllegalArgumentException("prefix must not be blank");
    }
    return new DaemonThreads(prefix);
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, prefix + "-" + counter.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }
}
