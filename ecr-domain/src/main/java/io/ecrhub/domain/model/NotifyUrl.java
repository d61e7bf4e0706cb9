package io.ecrhub.domain.model;

import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The gateway's callback address for payment notifications ({@code biz_data.notify_url}): an
 * absolute {@code http} or {@code https} URL with a host.
 *
 * @param value the URL as given
 */
public record NotifyUrl(String value) {

  /** The most characters a URL may have. */
  public static final int MAX_LENGTH = 2048;

  /**
   * Checks the URL.
   *
   * @param value an absolute {@code http} or {@code https} URL with a host, at most {@value
   *     #MAX_LENGTH} characters
   * @throws io.ecrhub.domain.validation.InvalidInputException if {@code value} breaks the rule
   */
  public NotifyUrl {
    Checks.orThrow(check(value, FieldPath.NOTIFY_URL));
  }

  /**
   * Validates a notify URL, naming {@code field} in any violation.
   *
   * @param raw the URL as given; {@code null} or empty is a violation
   * @param field the field path named in a violation
   * @return the URL, or why the text is not one
   */
  public static Validation<Seq<Violation>, NotifyUrl> of(String raw, String field) {
    return check(raw, field).map(NotifyUrl::new);
  }

  private static Validation<Seq<Violation>, String> check(String raw, String field) {
    if (raw == null || raw.isEmpty()) {
      return Checks.invalid(field, "is required");
    }
    if (raw.length() > MAX_LENGTH) {
      return Checks.invalid(field, "must be at most " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(raw);
    } catch (URISyntaxException e) {
      return Checks.invalid(
          field,
          "must be a valid URL such as https://shop.example/notify, got " + Checks.quote(raw));
    }
    String scheme = uri.getScheme();
    if (!uri.isAbsolute()
        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
      return Checks.invalid(
          field, "must be an absolute http or https URL, got " + Checks.quote(raw));
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return Checks.invalid(field, "must name a host, got " + Checks.quote(raw));
    }
    return Validation.valid(raw);
  }

  /**
   * The URL as a {@link URI}.
   *
   * @return the parsed URL
   */
  public URI toUri() {
    return URI.create(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
