/**
 * The transport SPI: everything a transport must offer to carry the terminal protocol, and nothing
 * about orders or JSON. A transport moves frames between two peers — text frames, and binary frames
 * whose bytes are UTF-8 text — and knows no WebSocket types here, so that a serial, TCP or
 * in-memory transport fits the same shape.
 *
 * <p>To write a transport: implement {@link io.ecrhub.protocol.spi.ClientTransport} (the POS side)
 * and, if the transport can also serve, {@link io.ecrhub.protocol.spi.ServerTransport} (the
 * terminal side, used by the simulator); deliver each connection's events through {@link
 * io.ecrhub.protocol.spi.support.ConnectionEvents}; then extend the transport contract kit of
 * {@code ecr-transport-testkit} in a test.
 *
 * <p>Threading contract, for every transport: the events of one connection are delivered one at a
 * time and in order; {@link io.ecrhub.protocol.spi.Connection#send} may be called from any thread;
 * a listener that throws does not break the connection (the transport reports the throwable to
 * {@link io.ecrhub.protocol.spi.ConnectionListener#onError} and goes on).
 */
package io.ecrhub.protocol.spi;
