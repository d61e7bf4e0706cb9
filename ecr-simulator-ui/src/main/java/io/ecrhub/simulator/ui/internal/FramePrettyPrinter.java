package io.ecrhub.simulator.ui.internal;

/**
 * Indents a JSON frame for people, keeping every token exactly as it went over the wire: {@code
 * 10.00} stays {@code 10.00} and {@code "1e999999"} stays a string, which a parse-and-print would
 * not guarantee. Text that is not JSON comes out as it went in; it is only re-spaced where it looks
 * like JSON.
 */
final class FramePrettyPrinter {

  private static final String INDENT = "  ";

  private FramePrettyPrinter() {}

  /** {@code frame}, one member or element per line, two spaces per level. */
  static String pretty(String frame) {
    String trimmed = frame.strip();
    if (trimmed.isEmpty() || (trimmed.charAt(0) != '{' && trimmed.charAt(0) != '[')) {
      return frame;
    }
    StringBuilder out = new StringBuilder(trimmed.length() * 2);
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (inString) {
        out.append(c);
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          inString = true;
          out.append(c);
        }
        case '{', '[' -> {
          out.append(c);
          if (closesRightAway(trimmed, i)) {
            continue;
          }
          depth++;
          newLine(out, depth);
        }
        case '}', ']' -> {
          if (!opensRightBefore(out)) {
            depth = Math.max(0, depth - 1);
            newLine(out, depth);
          }
          out.append(c);
        }
        case ',' -> {
          out.append(c);
          newLine(out, depth);
        }
        case ':' -> out.append(": ");
        case ' ', '\t', '\n', '\r' -> {
          // whitespace between tokens is the printer's to choose
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the bracket at {@code i} is followed (after whitespace) by its closing one. */
  private static boolean closesRightAway(String text, int i) {
    int next = i + 1;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next >= text.length()) {
      return false;
    }
    char open = text.charAt(i);
    char close = text.charAt(next);
    return (open == '{' && close == '}') || (open == '[' && close == ']');
  }

  private static boolean opensRightBefore(StringBuilder out) {
    char last = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
    return last == '{' || last == '[';
  }

  private static void newLine(StringBuilder out, int depth) {
    out.append('\n').append(INDENT.repeat(depth));
  }
}
