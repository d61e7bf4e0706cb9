package io.ecrhub.domain.result;

/** Why a request that may have reached the terminal got no answer. */
public enum NoAnswerReason {
  /** The reply did not come within the reply timeout. */
  TIMEOUT,
  /** The connection broke after the request was handed to it. */
  CONNECTION_LOST
}
