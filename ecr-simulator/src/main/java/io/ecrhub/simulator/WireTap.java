package io.ecrhub.simulator;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.MalformedFrameException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sits between the transport and the terminal: records every frame the terminal receives (for
 * {@link TerminalSimulator#receivedFrames()}), every event on the wire in both directions (for the
 * screen's log), and which POS are connected. The terminal sees each connection as a {@link
 * TappedConnection}, the same object for every event of that connection.
 */
final class WireTap {

  private final Clock clock;
  private final FrameLog received;
  private final WireLog wire;
  private final ScreenEvents events;
  private final Map<String, PosConnection> open = new LinkedHashMap<>();

  WireTap(Clock clock, FrameLog received, WireLog wire, ScreenEvents events) {
    this.clock = clock;
    this.received = received;
    this.wire = wire;
    this.events = events;
  }

  /** The POS connected now, oldest first. */
  synchronized List<PosConnection> connections() {
    return List.copyOf(open.values());
  }

  synchronized boolean isOpen(String connectionId) {
    return open.containsKey(connectionId);
  }

  /** {@code acceptor}, with its connections tapped. */
  ConnectionAcceptor tapping(ConnectionAcceptor acceptor) {
    return connection -> {
      TappedConnection tapped = new TappedConnection(connection, wire);
      ConnectionListener terminal = acceptor.accept(tapped);
      return new ConnectionListener() {
        @Override
        public void onOpen(Connection opened) {
          opened(tapped);
          terminal.onOpen(tapped);
        }

        @Override
        public void onText(Connection from, String text) {
          receivedFrame(tapped, text, false);
          terminal.onText(tapped, text);
        }

        @Override
        public void onBinary(Connection from, byte[] data) {
          // read as the SPI's default does (strict UTF-8), so that the log says it was binary
          String text;
          try {
            text = strictUtf8(data);
          } catch (CharacterCodingException notUtf8) {
            wire.record(
                tapped.id(),
                WireEvent.Kind.RECEIVED,
                new String(data, StandardCharsets.UTF_8),
                true);
            terminal.onError(tapped, new MalformedFrameException(data.length, notUtf8));
            return;
          }
          receivedFrame(tapped, text, true);
          terminal.onText(tapped, text);
        }

        @Override
        public void onPong(Connection from) {
          terminal.onPong(tapped);
        }

        @Override
        public void onClose(Connection closed, int code, String reason) {
          closed(tapped, code, reason);
          terminal.onClose(tapped, code, reason);
        }

        @Override
        public void onError(Connection failed, Throwable error) {
          terminal.onError(tapped, error);
        }
      };
    };
  }

  private void receivedFrame(Connection from, String text, boolean binary) {
    received.record(new ReceivedFrame(from.id(), text));
    wire.record(from.id(), WireEvent.Kind.RECEIVED, text, binary);
  }

  private void opened(Connection connection) {
    synchronized (this) {
      open.put(
          connection.id(),
          new PosConnection(connection.id(), connection.remoteAddress(), clock.instant()));
    }
    wire.record(connection.id(), WireEvent.Kind.OPENED, connection.remoteAddress(), false);
    events.changed();
  }

  private void closed(Connection connection, int code, String reason) {
    synchronized (this) {
      open.remove(connection.id());
    }
    wire.record(
        connection.id(),
        WireEvent.Kind.CLOSED,
        reason == null || reason.isEmpty() ? String.valueOf(code) : code + " " + reason,
        false);
    events.changed();
  }

  private static String strictUtf8(byte[] data) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(data))
        .toString();
  }
}
