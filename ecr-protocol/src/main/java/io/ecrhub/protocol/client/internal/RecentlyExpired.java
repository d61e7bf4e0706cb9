package io.ecrhub.protocol.client.internal;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.topic.Topic;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last requests that timed out, so that a reply arriving after its request gave up is
 * recognised as late (and logged as such) rather than as a stray — and so that a reply naming no
 * request and no order is not given to a newer request while an expired one could still be its
 * owner. Bounded: it forgets the oldest.
 */
final class RecentlyExpired {

  private static final int CAPACITY = 1024;

  /**
   * One expired request.
   *
   * @param doubtfulUntilNanos until when ({@link System#nanoTime()}) an anonymous reply may still
   *     be this request's: twice its own timeout after it expired
   */
  private record Expired(
      Topic topic,
      Option<String> merchantOrderNo,
      Connection connection,
      long doubtfulUntilNanos) {}

  private final Map<String, Expired> byRequestId =
      new LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Expired> eldest) {
          return size() > CAPACITY;
        }
      };

  synchronized void remember(PendingRequest request, long timeoutNanos) {
    byRequestId.put(
        request.requestId,
        new Expired(
            request.topic,
            request.merchantOrderNo,
            request.connection,
            System.nanoTime() + 2 * timeoutNanos));
  }

  synchronized boolean containsRequestId(String requestId) {
    return byRequestId.containsKey(requestId);
  }

  synchronized boolean contains(Topic topic, Option<String> merchantOrderNo) {
    return merchantOrderNo.isDefined()
        && byRequestId.values().stream()
            .anyMatch(
                expired ->
                    expired.topic.equals(topic) && expired.merchantOrderNo.equals(merchantOrderNo));
  }

  /**
   * Whether a request of {@code topic} sent on {@code connection} expired recently enough that a
   * reply naming neither request nor order may still be its own.
   */
  synchronized boolean mayOwnAnonymousReply(Topic topic, Connection connection) {
    long now = System.nanoTime();
    return byRequestId.values().stream()
        .anyMatch(
            expired ->
                expired.connection == connection
                    && expired.topic.equals(topic)
                    && now - expired.doubtfulUntilNanos < 0);
  }
}
