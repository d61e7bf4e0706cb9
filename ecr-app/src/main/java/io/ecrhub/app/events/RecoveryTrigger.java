package io.ecrhub.app.events;

/** Why a recovery ran. */
public enum RecoveryTrigger {
  /** {@code connect()} started it, as it does unless {@code recoverOnConnect(false)}. */
  CONNECT,
  /** {@code recover()} or {@code recoverAsync()} was called. */
  REQUESTED
}
