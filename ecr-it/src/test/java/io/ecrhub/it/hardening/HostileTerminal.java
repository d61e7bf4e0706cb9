package io.ecrhub.it.hardening;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.protocol.codec.DecodeFailure;
import io.ecrhub.protocol.codec.Envelope;
import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.mapping.internal.TransactionMapping;
import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * A terminal that declines every order with text meant to fool the cashier: its {@code
 * response_msg}, {@code trans_no} and {@code attach} carry escape sequences that clear the line and
 * print a green "APPROVED", and a right-to-left override that turns the rest around. A POS must
 * show such text inert. Real WebSocket on 127.0.0.1.
 */
final class HostileTerminal implements ConnectionAcceptor, AutoCloseable {

  /**
   * Clears the line, returns the cursor, and paints "APPROVED" in green; then reverses the rest.
   */
  static final String REPAINT = "\u001b[2K\r\u001b[32mAPPROVED\u001b[0m \u202eDENILCED";

  static final String TRANS_NO = "5021\u001b[1A\u2066007";

  static final String ATTACH = "table\u0007 7\u202e\u2028";

  private static final ProtocolCodec CODEC = ProtocolCodec.standard();

  private final ServerBinding binding;

  private HostileTerminal(ServerBinding binding) {
    this.binding = binding;
  }

  static HostileTerminal start() throws Exception {
    HostileTerminal[] started = new HostileTerminal[1];
    ConnectionAcceptor acceptor = connection -> started[0].accept(connection);
    ServerBinding binding =
        new TyrusServerTransport()
            .bind(new BindOptions("127.0.0.1", 0, 64 * 1024), acceptor)
            .toCompletableFuture()
            .get(30, TimeUnit.SECONDS);
    started[0] = new HostileTerminal(binding);
    return started[0];
  }

  /** {@code ws://127.0.0.1:PORT}. */
  URI address() {
    return binding.address();
  }

  @Override
  public ConnectionListener accept(Connection connection) {
    return new ConnectionListener() {
      @Override
      public void onText(Connection from, String text) {
        answer(from, text);
      }

      @Override
      public void onClose(Connection from, int code, String reason) {}
    };
  }

  private static void answer(Connection connection, String text) {
    Either<DecodeFailure, InboundMessage> decoded = CODEC.decode(text);
    if (decoded.isLeft() || decoded.get().isResponse()) {
      return;
    }
    InboundMessage request = decoded.get();
    String number = request.biz().text("merchant_order_no").getOrElse("");
    if (number.isEmpty()) {
      return; // a heartbeat
    }
    TransactionResult declined =
        TransactionResult.builder(new MerchantOrderNo(number), TransactionStatus.of("1"))
            .transNo(Option.some(TRANS_NO))
            .type(Option.some(TransactionType.SALE))
            .orderAmount(Option.some(Amount.ofMinorUnits(100, CurrencyScale.TWO)))
            .attach(Option.some(ATTACH))
            .build();
    connection.send(
        CODEC.encode(
            Envelope.response(
                request.topic().name(),
                request.appId().getOrNull(),
                request.requestId().getOrNull(),
                ResponseCode.of("115").code(),
                REPAINT,
                TransactionMapping.toWire(declined))));
  }

  @Override
  public void close() {
    binding.close();
  }
}
