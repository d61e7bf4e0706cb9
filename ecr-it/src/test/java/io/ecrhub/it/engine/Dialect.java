package io.ecrhub.it.engine;

/**
 * How the terminal marks its answers, which decides how the client matches them to requests: the
 * vendor's sister product echoes {@code request_id}; the seed's terminal does not, and answers can
 * only be matched by topic and merchant order number.
 */
enum Dialect {
  REQUEST_ID_ECHOED(true),
  SEED_WITHOUT_REQUEST_ID(false);

  private final boolean echoesRequestId;

  Dialect(boolean echoesRequestId) {
    this.echoesRequestId = echoesRequestId;
  }

  boolean echoesRequestId() {
    return echoesRequestId;
  }
}
