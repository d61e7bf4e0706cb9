/**
 * The transport SPI over Jakarta WebSocket with Tyrus 2.2: {@link
 * io.ecrhub.transport.tyrus.TyrusClientTransport} ({@code ws://}, {@code wss://}, the POS side) and
 * {@link io.ecrhub.transport.tyrus.TyrusServerTransport} (the terminal side, for the simulator and
 * tests). Both are configured by a small record ({@link
 * io.ecrhub.transport.tyrus.TyrusClientConfig}, {@link
 * io.ecrhub.transport.tyrus.TyrusServerConfig}); every other type here is an implementation detail.
 *
 * <p>Tyrus does a lot right but needs correcting in several places. Each correction is documented
 * where it is made; in short:
 *
 * <ul>
 *   <li>Tyrus' {@code Server} binds {@code 0.0.0.0} whatever host it is given and reads port 0 as
 *       8025: the server builds its own Grizzly listener ({@code BoundServerContainer}, {@code
 *       TyrusServerBinding}).
 *   <li>Grizzly sizes its selector pool by the core count and closes WebSockets idle for 30 s:
 *       pools and the keep-alive timeout are set explicitly.
 *   <li>{@code ClientManager.createClient()} picks the Grizzly client container; the JDK container
 *       is chosen by name and shared by all connections ({@code GuardedJdkClientContainer}).
 *   <li>Tyrus parks a thread per connect attempt and waits for the operating system on an
 *       unreachable host: attempts are gated ({@code ConnectGate}) and aborted at the deadline
 *       ({@code ConnectAttempt}).
 *   <li>Tyrus has no per-frame size limit and answers its buffer overflow with 1011: a frame-header
 *       guard ({@code FrameSizeGuard}) closes with 1009 before an oversized frame is buffered.
 *   <li>With the default idle timeout 0 Tyrus schedules a task per frame: it is set to -1.
 *   <li>A local close runs {@code onClose} on the closing thread, and Tyrus calls it twice on some
 *       paths: {@code OrderedEvents} restores "one at a time, in order, close once".
 *   <li>Shutting Grizzly down right away drops queued close frames: a binding waits for its sockets
 *       ({@code AcceptedSockets}).
 * </ul>
 *
 * <p>This package may use only {@code io.ecrhub.protocol.spi} of the project.
 */
package io.ecrhub.transport.tyrus;
