package io.ecrhub.protocol.client;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Terminal addresses as output, errors, logs and the journal show them: a password in the address
 * ({@code ws://user:secret@host}) becomes {@code ***}, as database passwords do. The address itself
 * is kept whole only where a connection is made.
 */
public final class TerminalUris {

  /** {@code //user:secret@}: the user info of an address with a password, anywhere in a text. */
  private static final Pattern PASSWORD_IN_USER_INFO =
      Pattern.compile("(//[^/?#:@\\s]*:)[^/?#@\\s]*@");

  private TerminalUris() {}

  /**
   * {@code uri} without its password: {@code ws://user:***@192.168.1.20:35779}.
   *
   * @param uri the address; not null
   * @return the address as text, with a password replaced by {@code ***}; unchanged without one
   */
  public static String redacted(URI uri) {
    return redacted(Objects.requireNonNull(uri, "uri").toString());
  }

  /**
   * {@code text} — an address, or a message that quotes one — with every password in an address's
   * user info replaced by {@code ***}.
   *
   * @param text any text; may be null
   * @return the text with passwords replaced, or null when {@code text} is null
   */
  public static String redacted(String text) {
    if (text == null) {
      return null;
    }
    return PASSWORD_IN_USER_INFO.matcher(text).replaceAll("$1***@");
  }
}
