package io.ecrhub.protocol.client.internal;

import io.ecrhub.protocol.topic.Topic;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last requests that timed out, so that a reply arriving after its request gave up is
 * recognised as late (and logged as such) rather than as a stray. Bounded: it forgets the oldest.
 */
final class RecentlyExpired {

  private static final int CAPACITY = 1024;

  private record Key(Topic topic, Option<String> merchantOrderNo) {}

  private final Map<String, Key> byRequestId =
      new LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Key> eldest) {
          return size() > CAPACITY;
        }
      };

  synchronized void remember(PendingRequest request) {
    byRequestId.put(request.requestId, new Key(request.topic, request.merchantOrderNo));
  }

  synchronized boolean containsRequestId(String requestId) {
    return byRequestId.containsKey(requestId);
  }

  synchronized boolean contains(Topic topic, Option<String> merchantOrderNo) {
    return merchantOrderNo.isDefined()
        && byRequestId.containsValue(new Key(topic, merchantOrderNo));
  }
}
