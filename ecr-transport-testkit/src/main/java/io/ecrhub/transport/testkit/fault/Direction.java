package io.ecrhub.transport.testkit.fault;

/** Which way a frame travels on a connection. */
public enum Direction {
  /** From the side that connected (the POS) to the side that accepted (the terminal). */
  CLIENT_TO_SERVER,
  /** From the side that accepted (the terminal) to the side that connected (the POS). */
  SERVER_TO_CLIENT
}
