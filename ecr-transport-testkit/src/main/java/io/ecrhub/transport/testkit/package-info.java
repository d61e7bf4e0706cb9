/**
 * The transport contract kit: a reusable JUnit 5 test class, {@link
 * io.ecrhub.transport.testkit.TransportContract}, that checks a transport against every promise of
 * the transport SPI ({@code io.ecrhub.protocol.spi}). Vendors who write their own transport depend
 * on {@code ecr-transport-testkit} in test scope and extend it with three factory methods;
 * ecr-hub's own transports run it too.
 *
 * <p>{@link io.ecrhub.transport.testkit.RecordingListener} and {@link
 * io.ecrhub.transport.testkit.RecordingAcceptor} are the listeners the kit uses; they check the
 * order of events as they come and can be reused in a vendor's own transport tests.
 *
 * <p>{@link io.ecrhub.transport.testkit.ForwardingClientTransport}, {@link
 * io.ecrhub.transport.testkit.ForwardingConnection} and {@link
 * io.ecrhub.transport.testkit.ForwardingConnectionListener} are the bases of decorators — a
 * transport that observes frames, injects faults or breaks a promise on purpose — that change one
 * behaviour and forward the rest.
 */
package io.ecrhub.transport.testkit;
