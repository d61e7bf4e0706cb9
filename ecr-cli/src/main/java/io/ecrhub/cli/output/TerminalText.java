package io.ecrhub.cli.output;

import java.util.function.IntPredicate;

/**
 * Text that came from outside — the terminal's {@code response_msg}, {@code trans_no}, {@code
 * attach}, a journal's notes — as it may be shown on a screen: every control character and every
 * invisible formatting character (the bidirectional overrides and isolates among them) is written
 * as {@code \\u} and four hex digits. A terminal could otherwise move the cursor, clear the line or
 * reverse the text, and repaint "DECLINED" as "APPROVED" on the cashier's screen.
 */
public final class TerminalText {

  private TerminalText() {}

  /**
   * {@code text} with every character that changes how the rest is displayed escaped.
   *
   * @param text the text as received; {@code null} is returned as it is
   * @return the text with those characters escaped; {@code text} itself when it has none
   */
  public static String shown(String text) {
    return escaped(text, TerminalText::isHostile);
  }

  /**
   * The same escaping for JSON text: the characters JSON itself leaves as they are (bidirectional
   * and other formatting characters, line and paragraph separators) written as JSON's own {@code
   * \\u} escapes, which any reader decodes back to the same string.
   */
  static String jsonShown(String json) {
    // below U+0020 the JSON writer has escaped already, inside strings; outside them such a
    // character can only be whitespace between tokens, which must stay as it is
    return escaped(json, c -> c >= ' ' && isHostile(c));
  }

  private static String escaped(String text, IntPredicate hostile) {
    if (text == null || text.chars().noneMatch(hostile)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.chars()
        .forEach(
            c -> {
              if (hostile.test(c)) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.append((char) c);
              }
            });
    return out.toString();
  }

  /**
   * Control characters (C0, DEL, C1), formatting characters (the bidirectional marks, embeddings,
   * overrides and isolates, zero-width characters, the byte order mark), line and paragraph
   * separators.
   */
  static boolean isHostile(int c) {
    if (Character.isISOControl(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
