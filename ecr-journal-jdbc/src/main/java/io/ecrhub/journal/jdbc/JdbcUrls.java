package io.ecrhub.journal.jdbc;

import java.sql.SQLException;
import java.util.regex.Pattern;

/** JDBC URLs as they may appear in messages and logs: without passwords. */
final class JdbcUrls {

  /**
   * {@code password=secret} in the query part ({@code ?a=b&password=x}) or the property part
   * ({@code ;PASSWORD=x}) of a URL, as PostgreSQL, MySQL and H2 accept it.
   */
  private static final Pattern PASSWORD_PROPERTY = Pattern.compile("(?i)(password=)[^&;\\s]*");

  /** {@code //user:secret@host}, which MySQL and others accept. */
  private static final Pattern PASSWORD_IN_USER_INFO = Pattern.compile("(//[^/:@\\s]*:)[^/@\\s]*@");

  private JdbcUrls() {}

  /**
   * The text (a URL, or a message that quotes one) with any password replaced by {@code ***}: error
   * messages end up in logs.
   */
  static String redacted(String text) {
    String withoutProperty = PASSWORD_PROPERTY.matcher(text).replaceAll("$1***");
    return PASSWORD_IN_USER_INFO.matcher(withoutProperty).replaceAll("$1***@");
  }

  /**
   * {@code failure}, or when its message would show a password (drivers quote the URL they could
   * not connect to), a copy with the password replaced and the same state, code, cause and stack.
   */
  static SQLException redacted(SQLException failure) {
    String message = failure.getMessage();
    if (message == null || redacted(message).equals(message)) {
      return failure;
    }
    SQLException copy =
        new SQLException(
            redacted(message), failure.getSQLState(), failure.getErrorCode(), failure.getCause());
    copy.setStackTrace(failure.getStackTrace());
    return copy;
  }
}
