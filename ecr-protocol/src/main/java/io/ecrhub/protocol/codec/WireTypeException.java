package io.ecrhub.protocol.codec;

/**
 * A field holds a JSON value that no forgiving reading can turn into what the protocol expects: an
 * object where a string belongs, a word where a number belongs. The codec's own decoding turns it
 * into a {@link DecodeFailure} naming the field; a caller reading fields itself, through {@link
 * WireObject}'s accessors or {@link ProtocolCodec#bind}, gets it thrown, with the field's path.
 */
public final class WireTypeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * A failure without stack trace: it is an expected outcome of reading a frame, not a bug.
   *
   * @param field the protocol path of the field, e.g. {@code biz_data.expires}
   * @param message what is wrong, e.g. {@code "must be a number, got an object"}; appended to the
   *     path in {@link #getMessage()}
   */
  public WireTypeException(String field, String message) {
    super(field + " " + message, null, false, false);
    this.field = field;
  }

  /**
   * The protocol path of the field, e.g. {@code biz_data.expires}.
   *
   * @return the path as given
   */
  public String field() {
    return field;
  }
}
