package io.ecrhub.transport.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;

/** An open jSerialComm port. */
final class JSerialCommLine implements SerialLine {

  private final SerialPort port;
  private final String name;

  JSerialCommLine(SerialPort port) {
    this.port = port;
    this.name = port.getSystemPortPath();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int read(byte[] buffer) throws IOException {
    // semi-blocking: returns as soon as a byte is there, 0 after the quiet period, -1 when the
    // port failed (a pseudo-terminal whose other end closed reports EIO) or was closed
    return port.readBytes(buffer, buffer.length);
  }

  @Override
  public void write(byte[] bytes) throws IOException {
    int offset = 0;
    while (offset < bytes.length) {
      int written = port.writeBytes(bytes, bytes.length - offset, offset);
      if (written <= 0) {
        throw new IOException(
            "serial port " + name + " took no more bytes (error " + port.getLastErrorCode() + ")");
      }
      offset += written;
    }
  }

  @Override
  public void close() {
    port.closePort();
  }

  @Override
  public String toString() {
    return name;
  }
}
