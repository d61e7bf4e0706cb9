package io.ecrhub.transport.serial;

import java.io.IOException;

/**
 * One open serial line: bytes in, bytes out, nothing about frames. {@link JSerialCommPorts} opens
 * real ports; a test may hand in the ends of a pseudo-terminal pair.
 */
public interface SerialLine extends AutoCloseable {

  /**
   * The line's name for logs and addresses ({@code /dev/ttyUSB0}, {@code COM6}).
   *
   * @return the name; not blank
   */
  String name();

  /**
   * Reads what has arrived into {@code buffer}: blocks until at least one byte came or a short
   * quiet period passed. Called by one reader thread only.
   *
   * @param buffer receives the bytes from index 0; its length bounds one read
   * @return the number of bytes read; 0 when the line stayed quiet for the period; -1 when the line
   *     is gone (cable unplugged, port closed)
   * @throws IOException when reading fails; the caller treats the line as gone
   */
  int read(byte[] buffer) throws IOException;

  /**
   * Writes all of {@code bytes}, or fails: a line that cannot take them is gone.
   *
   * @param bytes the bytes to write, usually one encoded frame
   * @throws IOException when not all bytes could be written
   */
  void write(byte[] bytes) throws IOException;

  /** Closes the line; a blocked {@link #read} returns -1. Idempotent. */
  @Override
  void close();
}
