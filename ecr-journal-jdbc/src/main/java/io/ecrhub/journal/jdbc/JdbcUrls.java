package io.ecrhub.journal.jdbc;

import java.util.regex.Pattern;

/** JDBC URLs as they may appear in messages and logs. */
final class JdbcUrls {

  /**
   * {@code password=secret} in the query part ({@code ?a=b&password=x}) or the property part
   * ({@code ;PASSWORD=x}) of a URL, as PostgreSQL, MySQL and H2 accept it.
   */
  private static final Pattern PASSWORD_PROPERTY = Pattern.compile("(?i)(password=)[^&;]*");

  /** {@code //user:secret@host}, which MySQL and others accept. */
  private static final Pattern PASSWORD_IN_USER_INFO = Pattern.compile("(//[^/:@]*:)[^/@]*@");

  private JdbcUrls() {}

  /** The URL with any password replaced by {@code ***}: error messages end up in logs. */
  static String redacted(String url) {
    String withoutProperty = PASSWORD_PROPERTY.matcher(url).replaceAll("$1***");
    return PASSWORD_IN_USER_INFO.matcher(withoutProperty).replaceAll("$1***@");
  }
}
