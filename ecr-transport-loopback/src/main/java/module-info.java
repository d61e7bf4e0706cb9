/** The in-memory transport. */
module io.ecrhub.transport.loopback {
  requires transitive io.ecrhub.protocol;

  exports io.ecrhub.transport.loopback;
}
