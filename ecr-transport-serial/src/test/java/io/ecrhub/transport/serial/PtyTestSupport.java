package io.ecrhub.transport.serial;

import io.ecrhub.transport.serial.testing.PtyPair;

final class PtyTestSupport {

  private PtyTestSupport() {}

  static boolean socatAvailable() {
    return PtyPair.socatAvailable();
  }
}
