package io.ecrhub.transport.serial;

/**
 * What one serial connection saw on its line: how the framing coped with the line's faults.
 *
 * @param dataFramesSent data frames the peer acknowledged
 * @param resends data frames sent again because no ACK came in time
 * @param failedSends data frames given up at the send deadline
 * @param dataFramesReceived distinct data frames received
 * @param duplicatesIgnored data frames received again (the peer missed the ACK) and acknowledged
 *     again, but not delivered twice
 * @param brokenFrames frames dropped because the XOR check or the tail failed, or bytes were lost
 * @param skippedBytes bytes outside any frame (line noise, remains of broken frames)
 */
public record LinkStats(
    long dataFramesSent,
    long resends,
    long failedSends,
    long dataFramesReceived,
    long duplicatesIgnored,
    long brokenFrames,
    long skippedBytes) {}
