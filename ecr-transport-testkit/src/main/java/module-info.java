/**
 * For vendors who write a transport: the contract kit, forwarding decorators and recording
 * listeners ({@code io.ecrhub.transport.testkit}), and fault injection around any transport ({@code
 * io.ecrhub.transport.testkit.fault}).
 */
module io.ecrhub.transport.testkit {
  requires transitive io.ecrhub.protocol;
  requires transitive org.junit.jupiter.api;

  exports io.ecrhub.transport.testkit;
  exports io.ecrhub.transport.testkit.fault;
}
