package io.ecrhub.transport.serial;

import io.ecrhub.transport.serial.testing.PtyPair;
import io.ecrhub.transport.serial.wire.FrameDecoder;
import io.ecrhub.transport.serial.wire.SerialFrame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A cable with a tap in the middle: POS ⇄ pty pair ⇄ relay ⇄ pty pair ⇄ terminal. Every byte
 * crosses the kernel's tty layer twice; the relay in between decodes the frames going each way and
 * can damage the next frame that matches a rule (drop a byte, flip a bit, swallow it, put noise
 * before it), or swallow everything.
 */
final class FaultyCable implements AutoCloseable {

  /** A one-shot fault: the first frame matching {@code which} is sent as {@code damage} says. */
  private record Fault(Predicate<SerialFrame> which, UnaryOperator<byte[]> damage) {}

  private final PtyPair posSide;
  private final PtyPair terminalSide;
  private final SerialLine posRelayEnd;
  private final SerialLine terminalRelayEnd;
  private final List<Fault> towardsTerminal = new CopyOnWriteArrayList<>();
  private final List<Fault> towardsPos = new CopyOnWriteArrayList<>();
  private volatile boolean cutTowardsTerminal;
  private volatile boolean cutTowardsPos;

  FaultyCable() throws IOException {
    posSide = PtyPair.open();
    terminalSide = PtyPair.open();
    JSerialCommPorts ports = new JSerialCommPorts();
    posRelayEnd = ports.open(new SerialAddress.Device(posSide.terminalEnd().toString()));
    terminalRelayEnd = ports.open(new SerialAddress.Device(terminalSide.posEnd().toString()));
    relay("relay-to-terminal", posRelayEnd, terminalRelayEnd, towardsTerminal, true);
    relay("relay-to-pos", terminalRelayEnd, posRelayEnd, towardsPos, false);
  }

  Path posEnd() {
    return posSide.posEnd();
  }

  Path terminalEnd() {
    return terminalSide.terminalEnd();
  }

  void damageNextFrameToTerminal(Predicate<SerialFrame> which, UnaryOperator<byte[]> damage) {
    towardsTerminal.add(new Fault(which, damage));
  }

  void damageNextFrameToPos(Predicate<SerialFrame> which, UnaryOperator<byte[]> damage) {
    towardsPos.add(new Fault(which, damage));
  }

  /** Swallows every frame in both directions from now on (or lets them pass again). */
  void cut(boolean towardsTerminal, boolean towardsPos) {
    cutTowardsTerminal = towardsTerminal;
    cutTowardsPos = towardsPos;
  }

  /** Pulls the POS's end of the cable out. */
  void unplugPos() {
    posSide.unplug();
  }

  static Predicate<SerialFrame> dataContaining(String marker) {
    return frame ->
        frame.isData()
            && new String(frame.payload(), java.nio.charset.StandardCharsets.UTF_8)
                .contains(marker);
  }

  static Predicate<SerialFrame> anyAck() {
    return SerialFrame::isAck;
  }

  @Override
  public void close() {
    posRelayEnd.close();
    terminalRelayEnd.close();
    posSide.close();
    terminalSide.close();
  }

  private void relay(
      String name, SerialLine from, SerialLine to, List<Fault> faults, boolean towardsTerminal) {
    FrameDecoder decoder =
        new FrameDecoder(
            frame -> {
              if (towardsTerminal ? cutTowardsTerminal : cutTowardsPos) {
                return;
              }
              byte[] bytes = frame.encode();
              for (Fault fault : faults) {
                if (fault.which().test(frame) && faults.remove(fault)) {
                  bytes = fault.damage().apply(bytes);
                  break;
                }
              }
              try {
                to.write(bytes);
              } catch (IOException gone) {
                // the far end is unplugged: the bytes are lost, as on a real cable
              }
            });
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[4096];
              try {
                for (int count = from.read(buffer); count >= 0; count = from.read(buffer)) {
                  if (count == 0) {
                    decoder.quiet();
                  } else {
                    decoder.feed(buffer, count);
                  }
                }
              } catch (IOException gone) {
                // unplugged
              }
              to.close();
            },
            name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Drops the byte in the middle of the frame. */
  static byte[] dropAByte(byte[] frame) {
    byte[] shorter = new byte[frame.length - 1];
    int middle = frame.length / 2;
    System.arraycopy(frame, 0, shorter, 0, middle);
    System.arraycopy(frame, middle + 1, shorter, middle, frame.length - middle - 1);
    return shorter;
  }

  /** Flips one bit of the payload's first byte: the XOR check no longer matches. */
  static byte[] flipABit(byte[] frame) {
    byte[] hit = frame.clone();
    hit[SerialFrame.HEADER_BYTES] ^= 0x04;
    return hit;
  }

  static byte[] swallow(byte[] frame) {
    return new byte[0];
  }
}
