package io.ecrhub.protocol.client.internal;

/**
 * What a session has seen, for monitoring: a POS that sees {@code undecodableFrames} or {@code
 * unmatchedReplies} climb has a terminal speaking another dialect.
 *
 * @param requestsSent requests handed to the transport
 * @param repliesMatched replies that completed a waiting request
 * @param timeouts requests that got no reply in time
 * @param lateReplies replies that came after their request timed out
 * @param unmatchedReplies replies no request was waiting for
 * @param undecodableFrames frames the codec could not understand
 * @param connectionsLost connections that dropped while the session used them
 */
public record SessionStats(
    long requestsSent,
    long repliesMatched,
    long timeouts,
    long lateReplies,
    long unmatchedReplies,
    long undecodableFrames,
    long connectionsLost) {}
