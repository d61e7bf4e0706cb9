package io.ecrhub.transport.tyrus;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads with a recognizable name. Daemon, so that a thread this transport forgot to stop
 * can never keep a command-line process alive; named, so that a thread dump (and the tests) can
 * tell whose they are.
 */
final class NamedDaemonThreads implements ThreadFactory {

  private final String prefix;
  private final AtomicInteger counter = new AtomicInteger();

  NamedDaemonThreads(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, prefix + "-" + counter.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }
}
