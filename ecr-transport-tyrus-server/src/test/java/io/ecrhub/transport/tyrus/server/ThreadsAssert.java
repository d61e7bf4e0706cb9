package io.ecrhub.transport.tyrus.server;

import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Looks at the live threads of this JVM. */
final class ThreadsAssert {

  private ThreadsAssert() {}

  static List<Thread> liveThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).toList();
  }

  static Set<Long> liveThreadIds() {
    return liveThreads().stream().map(Thread::getId).collect(Collectors.toSet());
  }

  static List<String> namesContaining(String fragment) {
    return liveThreads().stream()
        .map(Thread::getName)
        .filter(name -> name.contains(fragment))
        .sorted()
        .toList();
  }

  /** Waits (up to 10 s) until no live thread's name contains {@code fragment}. */
  static void awaitNoThreadNamed(String fragment) {
    await().atMost(10, TimeUnit.SECONDS).until(() -> namesContaining(fragment), List::isEmpty);
  }

  /** Non-daemon threads that were not alive when {@code before} was taken. */
  static List<String> newNonDaemonThreads(Set<Long> before) {
    return liveThreads().stream()
        .filter(thread -> !thread.isDaemon() && !before.contains(thread.getId()))
        .map(Thread::getName)
        .toList();
  }
}
