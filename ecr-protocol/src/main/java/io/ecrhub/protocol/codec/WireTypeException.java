package io.ecrhub.protocol.codec;

/**
 * A field holds a JSON value that no forgiving reading can turn into what the protocol expects: an
 * object where a string belongs, a word where a number belongs. Decoders turn it into a {@link
 * DecodeFailure} naming the field; it never leaves the codec.
 */
public final class WireTypeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public WireTypeException(String field, String message) {
    super(field + " " + message, null, false, false);
    this.field = field;
  }

  /** The protocol path of the field, e.g. {@code biz_data.expires}. */
  public String field() {
    return field;
  }
}
