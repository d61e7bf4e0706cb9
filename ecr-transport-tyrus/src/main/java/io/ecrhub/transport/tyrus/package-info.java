/**
 * The POS side of the transport SPI over Jakarta WebSocket with Tyrus 2.2: {@link
 * io.ecrhub.transport.tyrus.TyrusClientTransport} ({@code ws://}, {@code wss://}), configured by
 * {@link io.ecrhub.transport.tyrus.TyrusClientConfig}. The terminal side (a server, for the
 * simulator and tests) is in {@code ecr-transport-tyrus-server}, so that a POS carries no Grizzly
 * server on its class path.
 *
 * <p>This package may use only {@code io.ecrhub.protocol.spi} (and its {@code support}) of the
 * project. The corrections Tyrus needs live in {@code io.ecrhub.transport.tyrus.internal}.
 */
package io.ecrhub.transport.tyrus;
