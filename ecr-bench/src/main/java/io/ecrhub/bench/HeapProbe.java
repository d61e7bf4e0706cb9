package io.ecrhub.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;

/** The heap and thread numbers of this JVM, as the scale figure reports them. */
final class HeapProbe {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private HeapProbe() {}

  /**
   * Bytes of heap in use after full collections: what live objects hold, without the garbage a
   * moment's traffic left behind.
   */
  static long usedAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      System.gc();
      Thread.sleep(100); // let reference processing and the cleaners run
      used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** Live threads, daemon threads included. */
  static int liveThreads() {
    return THREADS.getThreadCount();
  }
}
