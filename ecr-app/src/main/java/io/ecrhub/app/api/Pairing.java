package io.ecrhub.app.api;

import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.port.PairedTerminal;
import io.ecrhub.domain.port.PairedTerminals;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.protocol.client.internal.ClientSession;
import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.codec.WireObject;
import io.ecrhub.protocol.codec.WireTypeException;
import io.ecrhub.protocol.spi.TerminalLocator;
import io.ecrhub.protocol.topic.Topic;
import io.ecrhub.protocol.wire.PosDeviceData;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The vendor's pairing, spoken over the client's session: {@code ecrhub.pair} with this POS's
 * {@code device_data}, an accepted answer remembered with the terminal's serial number and the
 * address it was reached at; {@code ecrhub.unpair}, and the pairing forgotten.
 */
final class Pairing {

  private final ClientSession session;
  private final EcrClientConfig config;
  private final PairedTerminals paired;
  private final PosDevice pos;
  private final Supplier<Optional<URI>> address;
  private final Clock clock;

  Pairing(
      ClientSession session,
      EcrClientConfig config,
      PairedTerminals paired,
      PosDevice pos,
      Supplier<Optional<URI>> address,
      Clock clock) {
    this.session = session;
    this.config = config;
    this.paired = paired;
    this.pos = pos;
    this.address = address;
    this.clock = clock;
  }

  CompletableFuture<TerminalReply<PairedTerminal>> pair() {
    return session
        .requestWithDevice(
            Topic.PAIR,
            PosDeviceData.of(pos.macAddress(), pos.deviceName(), pos.aliasName()),
            config.payment().replyTimeout())
        .toCompletableFuture()
        .thenApply(this::remembered);
  }

  CompletableFuture<TerminalReply<PairedTerminal>> unpair() {
    return session
        .requestWithDevice(
            Topic.UNPAIR,
            new PosDeviceData(pos.macAddress(), null, null, null, null),
            config.payment().replyTimeout())
        .toCompletableFuture()
        .thenApply(this::forgotten);
  }

  private TerminalReply<PairedTerminal> remembered(TerminalReply<InboundMessage> reply) {
    if (!(reply instanceof TerminalReply.Answered<InboundMessage> answered)
        || !answered.code().equals(ResponseCode.SUCCESS)) {
      return withoutBody(reply);
    }
    WireObject device = answered.body().map(InboundMessage::device).getOrElse(WireObject.empty());
    Option<String> serialNumber = serialNumber(device);
    if (serialNumber.isEmpty()) {
      return new TerminalReply.Answered<>(
          answered.code(),
          answered.message()
              + " (the terminal did not say its serial number: the pairing is not remembered)",
          Option.none());
    }
    PairedTerminal terminal =
        new PairedTerminal(
            serialNumber.get(),
            address.get().orElse(config.terminal()).toString(),
            text(device, "app_version").getOrElse(""),
            clock.instant());
    paired.remember(terminal);
    return new TerminalReply.Answered<>(answered.code(), answered.message(), Option.some(terminal));
  }

  private TerminalReply<PairedTerminal> forgotten(TerminalReply<InboundMessage> reply) {
    if (!(reply instanceof TerminalReply.Answered<InboundMessage> answered)
        || !answered.code().equals(ResponseCode.SUCCESS)) {
      return withoutBody(reply);
    }
    WireObject device = answered.body().map(InboundMessage::device).getOrElse(WireObject.empty());
    String reachedAt = address.get().orElse(config.terminal()).toString();
    Option<PairedTerminal> known =
        serialNumber(device)
            .flatMap(paired::find)
            .orElse(() -> paired.list().find(t -> t.lastAddress().equals(reachedAt)));
    known.forEach(terminal -> paired.forget(terminal.serialNumber()));
    return new TerminalReply.Answered<>(answered.code(), answered.message(), known);
  }

  /** The serial number: the terminal's own word, else the one it was named by ({@code sn:}). */
  private Option<String> serialNumber(WireObject device) {
    Option<String> said = text(device, "device_sn").filter(sn -> !sn.isBlank());
    if (said.isDefined() || !TerminalLocator.namesSerialNumber(config.terminal())) {
      return said;
    }
    return Option.some(TerminalLocator.serialNumberOf(config.terminal()));
  }

  private static Option<String> text(WireObject object, String field) {
    try {
      return object.text(field);
    } catch (WireTypeException notText) {
      return Option.none();
    }
  }

  private static TerminalReply<PairedTerminal> withoutBody(TerminalReply<InboundMessage> reply) {
    if (reply instanceof TerminalReply.Answered<InboundMessage> answered) {
      return new TerminalReply.Answered<>(answered.code(), answered.message(), Option.none());
    }
    if (reply instanceof TerminalReply.NoAnswer<InboundMessage> noAnswer) {
      return new TerminalReply.NoAnswer<>(noAnswer.reason(), noAnswer.detail());
    }
    TerminalReply.NotSent<InboundMessage> notSent = (TerminalReply.NotSent<InboundMessage>) reply;
    return new TerminalReply.NotSent<>(notSent.reason(), notSent.detail());
  }
}
