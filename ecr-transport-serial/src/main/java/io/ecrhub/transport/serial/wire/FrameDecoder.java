package io.ecrhub.transport.serial.wire;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns the bytes of a serial line back into {@link SerialFrame}s, whatever chunks they arrive in,
 * and finds its way back to the frames after garbage, a lost byte or a corrupted frame.
 *
 * <p>The vendor's decoder ({@code SerialPortMessageDecoder} in {@code
 * codepay-us/codepay-register-sdk-java}) looks for {@code 55 AA}, reads the length and takes that
 * many bytes as one frame, dropping it when the XOR does not match. That loses the frame that
 * follows a frame whose length byte was hit. This decoder also checks the {@code CC 33} tail, and
 * when a candidate fails it skips only the candidate's first byte and looks again, so a good frame
 * inside the rejected bytes is still found. A candidate that cannot complete is given up as broken
 * when either a complete, valid frame shows up behind its head, or the line goes {@link #quiet()}
 * (a frame's bytes travel back to back, so a pause in the middle of one means bytes were lost).
 *
 * <p>Frames of a type this decoder does not know are counted and skipped, as the vendor's SDKs skip
 * them. Not thread-safe: one reader feeds it.
 */
public final class FrameDecoder {

  private final Consumer<SerialFrame> sink;
  private byte[] buffer = new byte[4096];
  private int start;
  private int end;
  private long framesDecoded;
  private long brokenFrames;
  private long skippedBytes;
  private long unknownFrames;

  /**
   * A decoder that hands every good frame to {@code sink}, in order.
   *
   * @param sink receives each frame on the thread that calls {@link #feed} or {@link #quiet}; not
   *     null
   */
  public FrameDecoder(Consumer<SerialFrame> sink) {
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /**
   * Takes the next {@code length} bytes of the line and hands over every frame they complete.
   *
   * @param bytes the bytes read; only {@code bytes[0..length)} are used, and copied
   * @param length how many bytes of {@code bytes} to take, 0..{@code bytes.length}
   */
  public void feed(byte[] bytes, int length) {
    append(bytes, length);
    decode(false);
  }

  /**
   * The line has been quiet for a while: whatever part of a frame is still waiting will never be
   * completed, so it is counted as broken and the bytes behind its head are searched again.
   */
  public void quiet() {
    decode(true);
  }

  /**
   * Good frames handed over so far, of any type.
   *
   * @return the count since construction
   */
  public long framesDecoded() {
    return framesDecoded;
  }

  /**
   * Candidates that began with {@code 55 AA} but failed the tail or XOR check, or never ended.
   *
   * @return the count since construction
   */
  public long brokenFrames() {
    return brokenFrames;
  }

  /**
   * Bytes thrown away outside any frame: line noise and the rest of broken frames.
   *
   * @return the count since construction
   */
  public long skippedBytes() {
    return skippedBytes;
  }

  /**
   * Well-formed frames of a type this decoder does not know, skipped.
   *
   * @return the count since construction
   */
  public long unknownFrames() {
    return unknownFrames;
  }

  /**
   * Bytes held back, waiting for the rest of a frame.
   *
   * @return the number of buffered bytes not yet decoded or skipped
   */
  public int pendingBytes() {
    return end - start;
  }

  private void decode(boolean quiet) {
    while (end > start) {
      int head = findHead(start);
      if (head < 0) {
        // keep a trailing 0x55: it may be the first half of the next head
        boolean keepLast = !quiet && (buffer[end - 1] & 0xFF) == SerialFrame.HEAD_1;
        int drop = (end - start) - (keepLast ? 1 : 0);
        skip(drop);
        return;
      }
      skip(head - start);
      int complete = completeLength(start);
      if (complete > 0) {
        if (isValid(start, complete)) {
          emit(start, complete);
          start += complete;
        } else {
          rejectCandidate();
        }
        continue;
      }
      if (quiet || validFrameBehind(start + 1)) {
        rejectCandidate();
        continue;
      }
      compact();
      return;
    }
    start = 0;
    end = 0;
  }

  /** The candidate's total length when all its bytes are here, else 0. */
  private int completeLength(int at) {
    int available = end - at;
    if (available < SerialFrame.HEADER_BYTES) {
      return 0;
    }
    int length = ((buffer[at + 5] & 0xFF) << 8) | (buffer[at + 6] & 0xFF);
    int total = SerialFrame.HEADER_BYTES + length + SerialFrame.TRAILER_BYTES;
    return available >= total ? total : 0;
  }

  private boolean isValid(int at, int total) {
    int checkAt = at + total - SerialFrame.TRAILER_BYTES;
    return (buffer[checkAt + 1] & 0xFF) == SerialFrame.TAIL_1
        && (buffer[checkAt + 2] & 0xFF) == SerialFrame.TAIL_2
        && SerialFrame.check(buffer, at + 2, checkAt) == buffer[checkAt];
  }

  /** Whether a complete, valid frame starts somewhere at or after {@code from}. */
  private boolean validFrameBehind(int from) {
    for (int head = findHead(from); head >= 0; head = findHead(head + 1)) {
      int complete = completeLength(head);
      if (complete > 0 && isValid(head, complete)) {
        return true;
      }
    }
    return false;
  }

  private void rejectCandidate() {
    brokenFrames++;
    skip(1);
  }

  private void emit(int at, int total) {
    FrameType type = FrameType.ofCode(buffer[at + 2] & 0xFF);
    if (type == null) {
      unknownFrames++;
      return;
    }
    int ack = buffer[at + 3] & 0xFF;
    int id = buffer[at + 4] & 0xFF;
    byte[] payload =
        Arrays.copyOfRange(
            buffer, at + SerialFrame.HEADER_BYTES, at + total - SerialFrame.TRAILER_BYTES);
    framesDecoded++;
    sink.accept(new SerialFrame(type, ack, id, payload));
  }

  private int findHead(int from) {
    for (int i = from; i + 1 < end; i++) {
      if ((buffer[i] & 0xFF) == SerialFrame.HEAD_1
          && (buffer[i + 1] & 0xFF) == SerialFrame.HEAD_2) {
        return i;
      }
    }
    return -1;
  }

  private void skip(int count) {
    skippedBytes += count;
    start += count;
  }

  private void append(byte[] bytes, int length) {
    if (end + length > buffer.length) {
      compact();
      if (end + length > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, end + length));
      }
    }
    System.arraycopy(bytes, 0, buffer, end, length);
    end += length;
  }

  private void compact() {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
  }
}
