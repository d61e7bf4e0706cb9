package io.ecrhub.protocol.terminal;

import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.protocol.codec.DecodeFailure;
import io.ecrhub.protocol.codec.Envelope;
import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.codec.WireObject;
import io.ecrhub.protocol.codec.WireTypeException;
import io.ecrhub.protocol.mapping.internal.MessageDecoder;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.topic.Topic;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal side of the protocol: decodes each request, validates it with the domain's rules,
 * hands it to a {@link TerminalHandler} and writes the answer. Bad input never stops it: a frame
 * that cannot be understood is answered {@code 202} with a {@code response_msg} saying what was
 * wrong and the connection stays open; a frame over the size limit closes that connection with
 * {@link CloseCodes#TOO_BIG}; a handler that fails is answered {@code 999}. The {@link
 * TerminalDialect} shapes every answer, refusals included.
 */
public final class TerminalDispatcher implements ConnectionAcceptor {

  private static final Logger LOG = LoggerFactory.getLogger(TerminalDispatcher.class);

  /** The vendor dialect's {@code biz_data} of an answer with nothing to say: {@code {}}. */
  private static final Map<String, String> NOTHING_TO_SAY = Map.of();

  private final ProtocolCodec codec;
  private final TerminalHandler handler;
  private final CurrencyScale scale;
  private final TerminalDialect dialect;

  /**
   * A dispatcher whose answers take the shape of {@code dialect}.
   *
   * @param codec decodes requests and encodes answers; its frame limit is the terminal's
   * @param handler decides every answer
   * @param scale how many fraction digits the order amounts carry
   * @param dialect the shape of every answer, refusals included
   */
  public TerminalDispatcher(
      ProtocolCodec codec, TerminalHandler handler, CurrencyScale scale, TerminalDialect dialect) {
    this.codec = Objects.requireNonNull(codec, "codec");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.scale = Objects.requireNonNull(scale, "scale");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  /**
   * A dispatcher in the dialect that {@code echoRequestId} stands for.
   *
   * @param codec decodes requests and encodes answers; its frame limit is the terminal's
   * @param handler decides every answer
   * @param scale how many fraction digits the order amounts carry
   * @param echoRequestId whether answers carry the request's {@code request_id}: {@link
   *     TerminalDialect#VENDOR} when true, {@link TerminalDialect#SEED} when false
   */
  public TerminalDispatcher(
      ProtocolCodec codec, TerminalHandler handler, CurrencyScale scale, boolean echoRequestId) {
    this(codec, handler, scale, echoRequestId ? TerminalDialect.VENDOR : TerminalDialect.SEED);
  }

  /**
   * The shape of this dispatcher's answers.
   *
   * @return the dialect given at construction
   */
  public TerminalDialect dialect() {
    return dialect;
  }

  @Override
  public ConnectionListener accept(Connection connection) {
    return new ConnectionListener() {
      @Override
      public void onText(Connection from, String text) {
        handle(from, text);
      }

      @Override
      public void onClose(Connection from, int code, String reason) {
        LOG.debug("connection {} closed: {} {}", from.id(), code, reason);
      }
    };
  }

  /**
   * Handles one frame from {@code connection}: decodes it, hands it to the handler and sends the
   * answer when the handler's stage completes. Never throws; returns without waiting for the
   * answer.
   *
   * @param connection where the frame came from and the answer goes; an answer for a connection
   *     closed meanwhile is dropped
   * @param text the frame's text
   */
  public void handle(Connection connection, String text) {
    Either<DecodeFailure, InboundMessage> decoded = codec.decode(text);
    if (decoded.isLeft()) {
      refuse(connection, decoded.getLeft(), text);
      return;
    }
    InboundMessage message = decoded.get();
    CompletionStage<TerminalResponse> response;
    try {
      TerminalRequest request =
          new TerminalRequest(
              handler.interpret(new TerminalRequest(message, connection)), connection);
      response = dispatch(request);
    } catch (RuntimeException handlerFailure) {
      response = failed(handlerFailure);
    }
    response
        .exceptionally(
            failure -> {
              LOG.error("terminal handler failed on {}", message.topic(), failure);
              return TerminalResponse.reply(
                  ResponseCode.UNKNOWN_ERROR, "the terminal failed: " + failure, null);
            })
        .thenAccept(answer -> answer(connection, message, answer));
  }

  private CompletionStage<TerminalResponse> dispatch(TerminalRequest request) {
    InboundMessage message = request.message();
    Topic topic = message.topic();
    if (message.isResponse()) {
      return parameterError("the terminal expects requests; this frame carries a response_code");
    }
    if (topic.equals(Topic.HEARTBEAT)) {
      return handler.heartbeat(request);
    }
    if (codec.topics().isCustom(topic)) {
      return handler.custom(request);
    }
    if (message.bizData().isEmpty()) {
      return parameterError("biz_data is required on " + topic);
    }
    if (topic.equals(Topic.PAY_ORDER)) {
      Either<DecodeFailure, OrderDraft> draft = MessageDecoder.orderRequest(message, scale);
      return draft.isLeft()
          ? parameterError(draft.getLeft().detail())
          : handler.order(request, draft.get().validate());
    }
    Either<DecodeFailure, Validation<Seq<Violation>, MerchantOrderNo>> number =
        MessageDecoder.orderNumber(message);
    if (number.isLeft()) {
      return parameterError(number.getLeft().detail());
    }
    if (topic.equals(Topic.PAY_QUERY)) {
      return handler.query(request, number.get());
    }
    if (topic.equals(Topic.PAY_CLOSE)) {
      return handler.close(request, number.get());
    }
    return handler.custom(request);
  }

  private void refuse(Connection connection, DecodeFailure failure, String frame) {
    LOG.warn("undecodable frame on {}: {}", connection.id(), failure);
    if (failure.reason() == DecodeFailure.Reason.TOO_LARGE) {
      connection.close(
          CloseCodes.TOO_BIG, "frame larger than " + codec.maxFrameChars() + " characters");
      return;
    }
    Envelope refusal =
        Envelope.response(
            failure.topic().getOrElse(""),
            null,
            null,
            ResponseCode.PARAMETER_ERROR.code(),
            failure.detail(),
            null);
    if (dialect == TerminalDialect.VENDOR) {
      // the vendor's SDK can match the refusal only by the request_id of a frame it sent
      Option<WireObject> root = codec.readObject(frame);
      refusal =
          Envelope.response(
              refusal.topic(),
              root.flatMap(fields -> text(fields, "app_id")).getOrElse(""),
              root.flatMap(fields -> text(fields, "request_id")).getOrNull(),
              refusal.responseCode(),
              refusal.responseMsg(),
              NOTHING_TO_SAY);
    }
    send(connection, refusal);
  }

  private void answer(Connection connection, InboundMessage request, TerminalResponse response) {
    if (response instanceof TerminalResponse.Reply reply) {
      boolean vendor = dialect == TerminalDialect.VENDOR;
      Object bizData = reply.bizData() == null && vendor ? NOTHING_TO_SAY : reply.bizData();
      send(
          connection,
          Envelope.response(
                  request.topic().name(),
                  vendor ? request.appId().getOrElse("") : request.appId().getOrNull(),
                  dialect.echoesRequestId() ? request.requestId().getOrNull() : null,
                  reply.code().code(),
                  reply.message(),
                  bizData)
              .withDeviceData(reply.deviceData()),
          reply.binary());
    }
  }

  /** A top-level text field of a frame that did not decode; empty when it is not text. */
  private static Option<String> text(WireObject fields, String name) {
    try {
      return fields.text(name);
    } catch (WireTypeException notText) {
      return Option.none();
    }
  }

  private void send(Connection connection, Envelope envelope) {
    send(connection, envelope, false);
  }

  private void send(Connection connection, Envelope envelope, boolean binary) {
    if (!connection.isOpen()) {
      return;
    }
    String frame;
    try {
      frame = codec.encode(envelope);
    } catch (RuntimeException encodingFailure) {
      LOG.error("cannot encode an answer on {}", envelope.topic(), encodingFailure);
      return;
    }
    (binary
            ? connection.sendBinary(frame.getBytes(StandardCharsets.UTF_8))
            : connection.send(frame))
        .whenComplete(
            (sent, failure) -> {
              if (failure != null) {
                LOG.debug("answer on {} not sent: {}", connection.id(), failure.toString());
              }
            });
  }

  private static CompletionStage<TerminalResponse> parameterError(String why) {
    return CompletableFuture.completedFuture(
        TerminalResponse.reply(ResponseCode.PARAMETER_ERROR, why, null));
  }

  private static CompletionStage<TerminalResponse> failed(RuntimeException failure) {
    LOG.error("terminal handler failed", failure);
    return CompletableFuture.completedFuture(
        TerminalResponse.reply(
            ResponseCode.UNKNOWN_ERROR, "the terminal failed: " + failure, null));
  }
}
