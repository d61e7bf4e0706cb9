/**
 * What every transport needs and none should write again, in plain JDK code: a transport built on
 * these only moves frames.
 *
 * <ul>
 *   <li>{@link io.ecrhub.protocol.spi.support.ConnectionEvents} delivers a connection's events as
 *       the SPI promises — one at a time, in order, {@code onOpen} first and {@code onClose} once,
 *       a throwing listener told through {@code onError}, frames over the limit refused with 1009.
 *   <li>{@link io.ecrhub.protocol.spi.support.FrameLimit} is that limit, for text and binary
 *       frames, and the bytes a frame within it may take on the wire.
 *   <li>{@link io.ecrhub.protocol.spi.support.CloseStatus} is a close code and reason that fit in a
 *       close frame.
 *   <li>{@link io.ecrhub.protocol.spi.support.TransportFailures} words the typed failures alike in
 *       every transport (not open, send failed, connect refused, timed out, TLS, bind).
 *   <li>{@link io.ecrhub.protocol.spi.support.OpenConnections} keeps what a transport must close,
 *       and refuses new connections once it is closed.
 *   <li>{@link io.ecrhub.protocol.spi.support.DaemonThreads} names a transport's threads and makes
 *       them daemons.
 * </ul>
 *
 * <p>The Tyrus and loopback transports are built this way; the transport contract kit ({@code
 * ecr-transport-testkit}) proves the result.
 */
package io.ecrhub.protocol.spi.support;
