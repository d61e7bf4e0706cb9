package io.ecrhub.protocol.spi;

/**
 * A frame arrived that cannot be read as text: a binary frame whose bytes are not UTF-8. It is
 * reported to {@link ConnectionListener#onError} and does not close the connection; the frames
 * before and after it are delivered as usual.
 */
public final class MalformedFrameException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int frameBytes;

  /**
   * A frame of {@code frameBytes} that could not be decoded.
   *
   * @param frameBytes the size of the frame that could not be read
   * @param cause what the decoder found
   */
  public MalformedFrameException(int frameBytes, Throwable cause) {
    super(
        "a binary frame of "
            + frameBytes
            + " bytes is not UTF-8 text: "
            + (cause == null ? "malformed" : cause.getMessage()),
        cause);
    this.frameBytes = frameBytes;
  }

  /**
   * The size, in bytes, of the frame that could not be read.
   *
   * @return the frame's length in bytes
   */
  public int frameBytes() {
    return frameBytes;
  }
}
