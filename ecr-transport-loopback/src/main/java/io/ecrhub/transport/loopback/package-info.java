/**
 * An in-memory transport with scriptable faults, for fast deterministic tests of the client engine
 * and for fault soaks.
 *
 * <p>A {@link io.ecrhub.transport.loopback.LoopbackNetwork} owns the threads; each {@link
 * io.ecrhub.transport.loopback.LoopbackTransport} it hands out is a host that is both a {@link
 * io.ecrhub.protocol.spi.ClientTransport} and a {@link io.ecrhub.protocol.spi.ServerTransport}.
 * Servers bind names ({@code BindOptions.host()}), and clients connect to {@code
 * loopback://name:port}.
 *
 * <p>Faults: a {@link io.ecrhub.transport.loopback.FaultPlan} is asked about every frame, connect
 * attempt and ping; {@link io.ecrhub.transport.loopback.ScriptedFaults} scripts exact frames ("drop
 * the first reply"), {@link io.ecrhub.transport.loopback.RandomFaults} draws repeatable faults from
 * a seed. A {@link io.ecrhub.transport.loopback.FrameRecorder} sees every frame sent and delivered,
 * for assertions on what each side really saw.
 *
 * <p>Behaviour that mirrors a WebSocket: a close travels behind the frames sent before it; a side
 * whose inbound frame exceeds its limit closes with 1009; a closed binding closes its connections
 * with 1001; a broken connection closes both sides with 1006; a listener that throws is told
 * through {@code onError} and keeps its connection.
 */
package io.ecrhub.transport.loopback;
