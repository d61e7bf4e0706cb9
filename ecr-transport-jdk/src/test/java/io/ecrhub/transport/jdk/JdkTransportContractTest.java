package io.ecrhub.transport.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.transport.testkit.RecordingAcceptor;
import io.ecrhub.transport.testkit.RecordingListener;
import io.ecrhub.transport.testkit.TransportContract;
import io.ecrhub.transport.testkit.TransportFacts;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * The JDK's own WebSocket client against the transport contract, talking to the Tyrus server on
 * real sockets of 127.0.0.1 (the JDK has no WebSocket server of its own).
 */
class JdkTransportContractTest extends TransportContract {

  /** RFC 6455 7.4.1 policy violation: the code the JDK client sends instead of 1009. */
  private static final int POLICY_VIOLATION = 1008;

  @Override
  protected ClientTransport newClientTransport() {
    return new JdkClientTransport();
  }

  @Override
  protected ServerTransport newServerTransport() {
    return new TyrusServerTransport();
  }

  @Override
  protected TransportFacts facts() {
    return TransportFacts.webSocketOnLoopback();
  }

  /**
   * The one deliberate difference from the kit: the JDK's WebSocket client refuses to send close
   * code 1009 ({@code StatusCodes.isLegalToSendFromClient}), so the server learns of the refused
   * frame as 1008 with "(1009)" at the start of the reason, while the client reports 1009. Only the
   * victim closes, and the bystander goes on, as the kit's own test demands.
   */
  @Test
  @Override
  public void an_over_limit_frame_to_the_client_closes_only_that_connection_with_1009() {
    int limit = facts().frameLimitChars();
    RecordingAcceptor acceptor = echoingAcceptor();
    URI address = bind(acceptor, 4 * limit).address();
    RecordingListener victim = clientListener("victim");
    Connection oversized = connect(address, victim, limit);
    RecordingListener bystander = clientListener("bystander");
    Connection other = connect(address, bystander, limit);
    join(oversized.send("victim here"));
    RecordingListener victimServerSide = acceptor.awaitListenerThatReceived("victim here");

    victimServerSide.awaitOpen().send("y".repeat(limit + 1));

    assertEquals(CloseCodes.TOO_BIG, victim.awaitClose().code(), "client side of the victim");
    RecordingListener.Close atServer = victimServerSide.awaitClose();
    assertEquals(POLICY_VIOLATION, atServer.code(), "server side: the JDK cannot send 1009");
    assertTrue(atServer.reason().startsWith("(1009) "), "the reason names 1009: " + atServer);
    assertFalse(oversized.isOpen(), "the victim is closed");
    int before = bystander.texts().size();
    join(other.send("still working"));
    assertEquals("still working", bystander.awaitTexts(before + 1).get(before), "bystander echo");
    assertTrue(other.isOpen(), "the bystander is still open");
  }
}
