/**
 * The transport contract kit: a reusable JUnit 5 test class, {@link
 * io.ecrhub.it.contract.TransportContract}, that checks a transport against every promise of the
 * transport SPI ({@code io.ecrhub.protocol.spi}). Vendors who write their own transport depend on
 * {@code ecr-it} in test scope and extend it with three factory methods; ecr-hub's own transports
 * run it too.
 *
 * <p>{@link io.ecrhub.it.contract.RecordingListener} and {@link
 * io.ecrhub.it.contract.RecordingAcceptor} are the listeners the kit uses; they check the order of
 * events as they come and can be reused in a vendor's own transport tests.
 *
 * <p>{@link io.ecrhub.it.contract.ForwardingClientTransport}, {@link
 * io.ecrhub.it.contract.ForwardingConnection} and {@link
 * io.ecrhub.it.contract.ForwardingConnectionListener} are the bases of decorators — a transport
 * that observes frames, injects faults or breaks a promise on purpose — that change one behaviour
 * and forward the rest.
 */
package io.ecrhub.it.contract;
