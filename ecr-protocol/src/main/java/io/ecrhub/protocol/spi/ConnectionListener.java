package io.ecrhub.protocol.spi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Receives the events of one connection, one at a time and in order. Implementations must not block
 * for long: the transport's threads deliver the events.
 */
public interface ConnectionListener {

  /**
   * The connection is open; frames may be sent. Called once, before any other event — on the server
   * side too, for every connection the acceptor accepted.
   *
   * @param connection the connection just opened
   */
  default void onOpen(Connection connection) {}

  /**
   * One text frame arrived.
   *
   * @param connection the connection it arrived on
   * @param text the whole frame, within the connection's frame limit
   */
  void onText(Connection connection, String text);

  /**
   * One binary frame arrived. By default its bytes are read as strict UTF-8 — a malformed or
   * unmappable sequence is an error, never replaced — and the text goes to {@link #onText}, in
   * order with the text frames; bytes that are not UTF-8 go to {@link #onError} as a {@link
   * MalformedFrameException}, and the connection stays open. Override to receive raw bytes.
   *
   * @param connection the connection it arrived on
   * @param data the whole frame's bytes
   */
  default void onBinary(Connection connection, byte[] data) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(data))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      onError(connection, new MalformedFrameException(data.length, notUtf8));
      return;
    }
    onText(connection, text);
  }

  /**
   * The peer answered a {@link Connection#ping()}.
   *
   * @param connection the connection the pong arrived on
   */
  default void onPong(Connection connection) {}

  /**
   * The connection is closed, by either side or by a failure ({@link CloseCodes#ABNORMAL} when no
   * close frame was exchanged). Called once; nothing follows.
   *
   * @param connection the connection that closed
   * @param code the close code ({@link CloseCodes})
   * @param reason the reason the closing side gave; may be empty
   */
  void onClose(Connection connection, int code, String reason);

  /**
   * Something went wrong that does not by itself close the connection. Ignored unless overridden.
   *
   * @param connection the connection concerned
   * @param error what went wrong: a {@link MalformedFrameException}, a throwable another callback
   *     of this listener threw, or a failure of the transport
   */
  default void onError(Connection connection, Throwable error) {}
}
