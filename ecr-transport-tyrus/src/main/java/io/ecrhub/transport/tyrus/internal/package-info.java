/**
 * Tyrus' shortcomings, corrected; not API. Each correction is documented where it is made:
 *
 * <ul>
 *   <li>Tyrus has no per-frame size limit and answers its buffer overflow with 1011: a frame-header
 *       guard ({@link io.ecrhub.transport.tyrus.internal.FrameSizeGuard}) closes with 1009 before
 *       an oversized frame is buffered, on both sides.
 *   <li>{@code ClientManager.createClient()} picks the Grizzly client container; the JDK container
 *       is chosen by name and wrapped ({@link
 *       io.ecrhub.transport.tyrus.internal.GuardedJdkClientContainer}).
 *   <li>Tyrus parks a thread per connect attempt and waits for the operating system on an
 *       unreachable host: attempts are gated ({@link
 *       io.ecrhub.transport.tyrus.internal.ConnectGate}) and aborted at the deadline ({@link
 *       io.ecrhub.transport.tyrus.internal.ConnectAttempt}).
 *   <li>A server endpoint is registered by class and called by reflection: {@link
 *       io.ecrhub.transport.tyrus.internal.BridgeEndpoint} is public for that alone.
 * </ul>
 *
 * <p>The server side ({@code ecr-transport-tyrus-server}) uses the connection, the endpoint and the
 * guard from here; nothing else may.
 */
package io.ecrhub.transport.tyrus.internal;
