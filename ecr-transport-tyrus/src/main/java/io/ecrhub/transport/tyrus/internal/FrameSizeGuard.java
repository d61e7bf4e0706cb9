package io.ecrhub.transport.tyrus.internal;

import io.ecrhub.protocol.spi.support.FrameLimit;
import jakarta.websocket.CloseReason;
import java.nio.ByteBuffer;
import java.util.function.LongConsumer;
import org.glassfish.tyrus.spi.Connection;
import org.glassfish.tyrus.spi.ReadHandler;
import org.glassfish.tyrus.spi.Writer;

/**
 * Sits in front of Tyrus' own {@link ReadHandler} and reads only the WebSocket frame headers, so
 * that a data frame longer than the limit is refused before Tyrus buffers a byte of it.
 *
 * <p>Why: Tyrus has no per-frame size limit. Its only guard is the incoming buffer, and when that
 * overflows Tyrus closes with 1011 (unexpected condition) instead of 1009 (too big), on the server
 * after logging a WARNING with a stack trace. With this guard an oversized frame always closes the
 * connection with 1009 and the peer sees that code.
 *
 * <p>The bytes are passed through untouched; only header bytes are looked at and payload bytes are
 * skipped by arithmetic, so the guard allocates nothing per read. Frames that precede an oversized
 * one in the same read are still handed to Tyrus, in order.
 *
 * <p>Not thread-safe: Tyrus calls a connection's read handler from one thread at a time.
 */
public final class FrameSizeGuard implements ReadHandler {

  private static final int MIN_HEADER_BYTES = 2;
  private static final int MAX_HEADER_BYTES = 14;
  private static final int FIRST_CONTROL_OPCODE = 0x8;

  /**
   * Room for one network read on top of a buffered partial frame. Tyrus' read handlers throw
   * "Buffer overflow" (close 1011) when a partial frame plus the next read exceeds their incoming
   * buffer, and even when one read alone does: with many small pipelined frames a single read can
   * be large. The JDK client reads at most 17,000 bytes and Grizzly one socket buffer, so 1 MiB
   * leaves that path unreachable. It costs nothing up front: Tyrus allocates by need.
   */
  private static final int READ_SLACK_BYTES = 1 << 20;

  private final ReadHandler tyrus;
  private final long maxPayloadBytes;
  private final LongConsumer onTooBig;

  private final byte[] header = new byte[MAX_HEADER_BYTES];
  private int headerBytes;
  private long payloadBytesLeft;
  private boolean tripped;

  /**
   * @param tyrus the read handler Tyrus created for the connection
   * @param maxPayloadBytes the largest data frame payload let through
   * @param onTooBig called once, with the announced payload length, when a frame is too big; it
   *     must close the connection with 1009
   */
  FrameSizeGuard(ReadHandler tyrus, long maxPayloadBytes, LongConsumer onTooBig) {
    this.tyrus = tyrus;
    this.maxPayloadBytes = maxPayloadBytes;
    this.onTooBig = onTooBig;
  }

  /**
   * The Tyrus SPI connection with its read handler behind a guard. The containers ask for the read
   * handler on every read, so the guard is made once and kept.
   *
   * @param tyrus the connection Tyrus created for the socket
   * @param limit the connection's frame limit; a data frame may carry at most {@link
   *     FrameLimit#maxUtf8Bytes()} bytes
   * @param onTooBig called once, with the announced payload length; it must close with 1009
   * @return a connection that delegates to {@code tyrus}, reads going through the guard
   */
  public static Connection guarding(Connection tyrus, FrameLimit limit, LongConsumer onTooBig) {
    FrameSizeGuard guard =
        new FrameSizeGuard(tyrus.getReadHandler(), limit.maxUtf8Bytes(), onTooBig);
    return new Connection() {
      @Override
      public ReadHandler getReadHandler() {
        return guard;
      }

      @Override
      public Writer getWriter() {
        return tyrus.getWriter();
      }

      @Override
      public CloseListener getCloseListener() {
        return tyrus.getCloseListener();
      }

      @Override
      public void close(CloseReason reason) {
        tyrus.close(reason);
      }
    };
  }

  /**
   * The value for Tyrus' {@code incomingBufferSize}: never the limit that trips first, so that an
   * oversized frame meets this guard (1009) rather than Tyrus' buffer (1011).
   *
   * @param limit the connection's frame limit
   * @return the largest frame's bytes plus a header and 1 MiB of slack, capped near {@code
   *     Integer.MAX_VALUE}
   */
  public static int tyrusIncomingBufferBytes(FrameLimit limit) {
    long bytes = limit.maxUtf8Bytes() + MAX_HEADER_BYTES + READ_SLACK_BYTES;
    return (int) Math.min(bytes, Integer.MAX_VALUE - 8);
  }

  @Override
  public void handle(ByteBuffer data) {
    if (tripped) {
      data.position(data.limit());
      return;
    }
    int start = data.position();
    int limit = data.limit();
    int index = start;
    int frameStart = start;
    while (index < limit) {
      if (payloadBytesLeft > 0) {
        int skipped = (int) Math.min(payloadBytesLeft, limit - index);
        index += skipped;
        payloadBytesLeft -= skipped;
        continue;
      }
      if (headerBytes == 0) {
        frameStart = index;
      }
      header[headerBytes++] = data.get(index++);
      if (headerBytes >= MIN_HEADER_BYTES && headerBytes == headerLength()) {
        long payloadLength = payloadLength();
        headerBytes = 0;
        if (isDataFrame() && (payloadLength < 0 || payloadLength > maxPayloadBytes)) {
          refuse(data, start, frameStart, payloadLength);
          return;
        }
        payloadBytesLeft = payloadLength;
      }
    }
    tyrus.handle(data);
  }

  private void refuse(ByteBuffer data, int start, int frameStart, long payloadLength) {
    tripped = true;
    if (frameStart > start) {
      ByteBuffer framesBefore = data.duplicate();
      framesBefore.limit(frameStart);
      tyrus.handle(framesBefore);
    }
    data.position(data.limit());
    onTooBig.accept(payloadLength);
  }

  private boolean isDataFrame() {
    return (header[0] & 0x0F) < FIRST_CONTROL_OPCODE;
  }

  private int headerLength() {
    int lengthCode = header[1] & 0x7F;
    int extendedLength = lengthCode == 126 ? 2 : lengthCode == 127 ? 8 : 0;
    int mask = (header[1] & 0x80) != 0 ? 4 : 0;
    return MIN_HEADER_BYTES + extendedLength + mask;
  }

  /** The announced payload length; negative when a 64-bit length has its top bit set. */
  private long payloadLength() {
    int lengthCode = header[1] & 0x7F;
    if (lengthCode < 126) {
      return lengthCode;
    }
    int lengthBytes = lengthCode == 126 ? 2 : 8;
    long length = 0;
    for (int i = 0; i < lengthBytes; i++) {
      length = (length << 8) | (header[MIN_HEADER_BYTES + i] & 0xFF);
    }
    return length;
  }
}
