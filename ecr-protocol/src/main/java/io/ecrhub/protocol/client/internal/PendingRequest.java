package io.ecrhub.protocol.client.internal;

import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.topic.Topic;
import io.vavr.control.Option;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/** A request on its way: what it was, where it went, and the future its reply completes. */
final class PendingRequest {

  final long sequence;
  final String requestId;
  final Topic topic;
  final Option<String> merchantOrderNo;
  final long timeoutNanos;
  final CompletableFuture<TerminalReply<InboundMessage>> reply = new CompletableFuture<>();
  volatile Connection connection;
  volatile ScheduledFuture<?> timeout;

  PendingRequest(
      long sequence,
      String requestId,
      Topic topic,
      Option<String> merchantOrderNo,
      long timeoutNanos) {
    this.sequence = sequence;
    this.requestId = requestId;
    this.topic = topic;
    this.merchantOrderNo = merchantOrderNo;
    this.timeoutNanos = timeoutNanos;
  }

  /** True when a reply with this topic and order number may belong to this request. */
  boolean fits(Topic replyTopic, Option<String> replyOrderNo) {
    return topic.equals(replyTopic)
        && (replyOrderNo.isEmpty()
            || merchantOrderNo.isEmpty()
            || merchantOrderNo.equals(replyOrderNo));
  }

  void complete(TerminalReply<InboundMessage> outcome) {
    ScheduledFuture<?> timer = timeout;
    if (timer != null) {
      timer.cancel(false);
    }
    reply.complete(outcome);
  }
}
