package io.ecrhub.protocol.client;

/**
 * Which optional envelope fields the client sends. The seed's envelope has neither; the vendor's
 * terminals and SDKs use both.
 *
 * @param requestId whether each request carries a {@code request_id} (default on): not in the seed,
 *     but an extra field that JSON readers ignore, echoed by the vendor's terminals — which lets
 *     the client match answers exactly — and required by their terminal-confirmation mode. Turn it
 *     off only for a terminal that refuses fields it does not know.
 * @param version whether each request carries {@code "version":"1.0"} as the vendor's SDKs send it
 *     (default off, as the seed): turn it on for a terminal that asks for it
 */
public record ClientDialect(boolean requestId, boolean version) {

  /** The value of {@code version} when sent. */
  public static final String VERSION = "1.0";

  /**
   * {@code request_id} on, {@code version} off.
   *
   * @return the default dialect
   */
  public static ClientDialect defaults() {
    return new ClientDialect(true, false);
  }

  /**
   * This dialect with {@code request_id} sent or not.
   *
   * @param value whether requests carry a {@code request_id}
   * @return a copy; this one is unchanged
   */
  public ClientDialect withRequestId(boolean value) {
    return new ClientDialect(value, version);
  }

  /**
   * This dialect with {@code "version":"1.0"} sent or not.
   *
   * @param value whether requests carry {@code version}
   * @return a copy; this one is unchanged
   */
  public ClientDialect withVersion(boolean value) {
    return new ClientDialect(requestId, value);
  }
}
