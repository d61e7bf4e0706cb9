package io.ecrhub.transport.tyrus;

/**
 * Thread budget of a {@link TyrusClientTransport}. Both numbers bound the transport's threads
 * independently of how many connections it holds.
 *
 * @param ioThreads the most threads of the JDK client container's socket pool (reads, writes and
 *     listener callbacks run on them). <strong>This pool is shared by the whole JVM:</strong>
 *     Tyrus' JDK container keeps one static {@code AsynchronousChannelGroup}, sized by whichever
 *     transport opens the first connection while none is open; a second transport's value applies
 *     only after all connections have closed and the pool has idled out
 * @param maxConcurrentConnects the most connect attempts inside Tyrus at once; Tyrus parks one
 *     thread per attempt until its TCP connect and HTTP upgrade are over, so more attempts wait in
 *     line (their connect timeout keeps running while they wait)
 */
public record TyrusClientConfig(int ioThreads, int maxConcurrentConnects) {

  /**
   * Checks that both numbers are at least 1, naming the one that is not.
   *
   * @param ioThreads the most threads of the JVM-wide socket pool; at least 1
   * @param maxConcurrentConnects the most connect attempts inside Tyrus at once; at least 1
   * @throws IllegalArgumentException when a number is below 1
   */
  public TyrusClientConfig {
    if (ioThreads < 1) {
      throw new IllegalArgumentException("ioThreads must be at least 1, got " + ioThreads);
    }
    if (maxConcurrentConnects < 1) {
      throw new IllegalArgumentException(
          "maxConcurrentConnects must be at least 1, got " + maxConcurrentConnects);
    }
  }

  /**
   * 4 I/O threads (enough for 2 cores, with room for a listener that briefly blocks), 16 concurrent
   * connects (a LAN connect takes about a millisecond; 16 lets a few unreachable hosts wait out
   * their timeout without stalling the rest).
   *
   * @return the defaults
   */
  public static TyrusClientConfig defaults() {
    return new TyrusClientConfig(4, 16);
  }
}
