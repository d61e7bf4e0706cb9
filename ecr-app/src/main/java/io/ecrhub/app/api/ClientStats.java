package io.ecrhub.app.api;

/**
 * What a client has seen on its connection to the terminal, for monitoring: a POS that sees {@code
 * undecodableFrames} or {@code unmatchedReplies} climb has a terminal speaking another dialect.
 *
 * @param requestsSent requests handed to the transport
 * @param repliesMatched replies that completed a waiting request
 * @param timeouts requests that got no reply in time
 * @param lateReplies replies that came after their request timed out
 * @param unmatchedReplies replies no request was waiting for
 * @param undecodableFrames frames that could not be read: not JSON, not the protocol, or binary
 *     frames that are not UTF-8
 * @param connectionsLost connections that dropped while the client used them
 */
public record ClientStats(
    long requestsSent,
    long repliesMatched,
    long timeouts,
    long lateReplies,
    long unmatchedReplies,
    long undecodableFrames,
    long connectionsLost) {}
