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
 */
package io.ecrhub.it.contract;
