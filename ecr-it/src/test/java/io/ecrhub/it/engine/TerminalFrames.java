package io.ecrhub.it.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.protocol.codec.Envelope;
import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.topic.Topic;
import io.ecrhub.protocol.wire.OrderNumberData;
import io.ecrhub.protocol.wire.TransactionData;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Frames a misbehaving terminal sends, written with the project's codec from the real reply they
 * replace or precede, so that they carry its {@code request_id} and {@code app_id}.
 */
final class TerminalFrames {

  private static final ProtocolCodec CODEC = ProtocolCodec.standard();

  /** Not JSON at all. */
  static final String GARBAGE = "<html>502 Bad Gateway</html> {\"topic\":";

  private TerminalFrames() {}

  /** The frame as the protocol reads it; none when it is not a message. */
  static Option<InboundMessage> read(String frame) {
    return CODEC.decode(frame).toOption();
  }

  /** Whether {@code frame} is the terminal's answer to the {@code pay.order} of {@code orderNo}. */
  static boolean isOrderReply(String frame, String orderNo) {
    return read(frame)
        .exists(
            message ->
                message.isResponse()
                    && message.topic().equals(Topic.PAY_ORDER)
                    && message.biz().text("merchant_order_no").contains(orderNo));
  }

  /**
   * "{@code 101} transaction in progress, try again later" in place of {@code reply}: the answer
   * that leaves the client not knowing whether its order started.
   */
  static String inProgressInsteadOf(String reply, String orderNo) {
    InboundMessage original = readReply(reply);
    return CODEC.encode(
        Envelope.response(
            Topic.PAY_ORDER.name(),
            original.appId().getOrNull(),
            original.requestId().getOrNull(),
            ResponseCode.IN_PROGRESS.code(),
            ResponseCode.IN_PROGRESS.description(),
            new OrderNumberData(orderNo)));
  }

  /**
   * A {@code pay.order} answer that declines <em>another</em> order ({@code 115}, status 1), with
   * the {@code request_id} of {@code reply} when it has one: a terminal confusing its answers. The
   * client must match it to nothing — in the seed's dialect, without request ids, it can only go by
   * topic and merchant order number.
   */
  static String declineOfAnotherOrder(String reply, String otherOrderNo) {
    InboundMessage original = readReply(reply);
    TransactionData other =
        new TransactionData(
            TransactionType.SALE.code(),
            otherOrderNo,
            null,
            new BigDecimal("10.00"),
            null,
            null,
            null,
            null,
            null,
            "5021000000000000009999",
            TransactionStatus.CLOSED.code(),
            null,
            Map.of());
    return CODEC.encode(
        Envelope.response(
            Topic.PAY_ORDER.name(),
            original.appId().getOrNull(),
            original.requestId().getOrNull(),
            ResponseCode.REJECTED.code(),
            ResponseCode.REJECTED.description(),
            other));
  }

  private static InboundMessage readReply(String reply) {
    Option<InboundMessage> message = read(reply);
    assertThat(message).as("the terminal's reply " + reply).isNotEmpty();
    return message.get();
  }
}
