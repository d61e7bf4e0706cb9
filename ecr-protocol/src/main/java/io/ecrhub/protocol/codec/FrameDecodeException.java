package io.ecrhub.protocol.codec;

/**
 * Raised inside the JSON-B deserializer when a frame is structurally unacceptable; the codec turns
 * it into a {@link DecodeFailure}. It never leaves the codec.
 */
final class FrameDecodeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final DecodeFailure.Reason reason;

  FrameDecodeException(DecodeFailure.Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  DecodeFailure.Reason reason() {
    return reason;
  }
}
