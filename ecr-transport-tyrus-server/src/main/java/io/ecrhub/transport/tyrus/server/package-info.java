/**
 * The terminal side of the transport SPI over WebSocket: {@link
 * io.ecrhub.transport.tyrus.server.TyrusServerTransport}, Tyrus' server engine on a Grizzly
 * listener bound to exactly the address asked for, configured by {@link
 * io.ecrhub.transport.tyrus.server.TyrusServerConfig}. The simulator and the tests serve through
 * it; a POS needs only the client, {@code ecr-transport-tyrus}.
 *
 * <p>Tyrus behaviour corrected here, each where it is done:
 *
 * <ul>
 *   <li>Tyrus' {@code Server} binds {@code 0.0.0.0} whatever host it is given and reads port 0 as
 *       8025: each binding builds its own Grizzly listener ({@code BoundServerContainer}, {@code
 *       TyrusServerBinding}).
 *   <li>Grizzly sizes its selector pool by the core count and closes WebSockets idle for 30 s:
 *       pools and the keep-alive timeout are set explicitly.
 *   <li>Tyrus answers an oversized frame with 1011: the frame guard of the client side sits in
 *       front of every upgraded connection ({@code FrameGuardingEngine}), so it is 1009.
 *   <li>Shutting Grizzly down right away drops queued close frames: a binding waits for its sockets
 *       ({@code AcceptedSockets}).
 * </ul>
 */
package io.ecrhub.transport.tyrus.server;
