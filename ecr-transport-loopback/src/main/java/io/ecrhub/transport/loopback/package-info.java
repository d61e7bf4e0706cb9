/**
 * An in-memory transport, for fast tests of the client engine and of a POS against the simulator
 * without sockets: a {@link io.ecrhub.transport.loopback.LoopbackNetwork} owns the threads; each
 * {@link io.ecrhub.transport.loopback.LoopbackTransport} it hands out is a host that is both a
 * {@link io.ecrhub.protocol.spi.ClientTransport} and a {@link
 * io.ecrhub.protocol.spi.ServerTransport}. Servers bind names ({@code BindOptions.host()}), and
 * clients connect to {@code loopback://name:port}.
 *
 * <p>It only moves frames, as a WebSocket would: a close travels behind the frames sent before it;
 * a side whose inbound frame exceeds its limit closes with 1009; a closed binding closes its
 * connections with 1001; a closed network breaks every connection with 1006. Faults (drops, delays,
 * duplicates, corruption, disconnects) come from the fault injection of {@code
 * ecr-transport-testkit}, around this transport as around any other.
 */
package io.ecrhub.transport.loopback;
