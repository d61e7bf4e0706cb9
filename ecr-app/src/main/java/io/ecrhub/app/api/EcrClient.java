package io.ecrhub.app.api;

import io.ecrhub.app.events.ConnectionState;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.port.JournalWindow;
import io.ecrhub.domain.port.PairedTerminal;
import io.ecrhub.domain.reconciliation.Reconciliation;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.vavr.collection.Seq;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Takes payments on one WiseCashier terminal. Every operation comes in two forms: a blocking one,
 * and an {@code …Async} one returning a {@link CompletableFuture} that completes when the terminal
 * has answered (never on a polling thread). Do not call a blocking form from a callback of an async
 * one: that callback may run on the transport's thread.
 *
 * <pre>{@code
 * try (EcrClient ecr = EcrClient.builder()
 *     .terminal("ws://192.168.1.20:35779")
 *     .appId("wz6012822ca2f1as78")
 *     .build()) {
 *   ecr.connect().join();
 *   PaymentOutcome outcome =
 *       ecr.submit(OrderDraft.sale().merchantOrderNo("A1001").orderAmount("34.50"));
 * }
 * }</pre>
 *
 * A payment is never sent twice: when its answer is late or lost, the client asks the terminal
 * ({@code pay.query}) until it knows, and reports {@link PaymentOutcome.Unknown} only when the
 * recovery deadline passes. Orders are written to the journal before they are sent; after a crash,
 * {@link #recover()} (run on {@link #connect()} by default) settles what was in flight.
 *
 * <p>Listeners ({@link EcrClientBuilder#listener}) hear what happens without polling: connection
 * state changes, each outcome decided, the recovery at {@code connect()} with the outcomes it
 * recovered or the reason it failed, request round trips — see {@link
 * io.ecrhub.app.events.EcrClientListener}.
 */
public interface EcrClient extends AutoCloseable {

  /** A builder with the defaults of {@link EcrClientConfig}. */
  static EcrClientBuilder builder() {
    return new EcrClientBuilder();
  }

  /**
   * Connects to the terminal, then (unless disabled) starts recovering unfinished orders from the
   * journal in the background: the listeners hear which orders it works on, each outcome as it is
   * settled, and its end with every outcome — or why it failed (a failure is logged too, and the
   * orders stay unfinished for a later recovery). Fails with a {@link
   * io.ecrhub.protocol.spi.TransportException} when the terminal cannot be reached within the
   * connect timeout; the client keeps trying in the background.
   */
  CompletableFuture<Void> connect();

  /** Sends a valid order and settles its outcome. */
  CompletableFuture<PaymentOutcome> submitAsync(PaymentOrder order);

  /**
   * Validates a draft and sends it: an invalid draft ends {@link PaymentOutcome.Rejected} with
   * every violation, and nothing is sent.
   */
  CompletableFuture<PaymentOutcome> submitAsync(OrderDraft draft);

  /** Asks the terminal for an order's state. */
  CompletableFuture<TerminalReply<TransactionResult>> queryAsync(MerchantOrderNo merchantOrderNo);

  /** Closes an order that is not paid yet; this is how a cashier cancels the open order. */
  CompletableFuture<TerminalReply<MerchantOrderNo>> closeOrderAsync(
      MerchantOrderNo merchantOrderNo);

  /** Settles every unfinished order of the journal for this terminal by asking it. */
  CompletableFuture<Seq<PaymentOutcome>> recoverAsync();

  /**
   * Pairs this POS with the terminal, as the vendor's SDKs do: sends {@code ecrhub.pair} with this
   * POS's {@code device_data} ({@link EcrClientBuilder#posDevice}). An answer {@code 000} carries
   * the pairing now remembered ({@link EcrClientBuilder#pairedTerminals}) with the terminal's
   * serial number and the address it was reached at; any other code is the terminal's refusal,
   * nothing remembered.
   */
  CompletableFuture<TerminalReply<PairedTerminal>> pairAsync();

  /**
   * Ends the pairing: sends {@code ecrhub.unpair} with this POS's MAC address; an answer {@code
   * 000} carries the pairing forgotten (none when it was not remembered here).
   */
  CompletableFuture<TerminalReply<PairedTerminal>> unpairAsync();

  default TerminalReply<PairedTerminal> pair() {
    return pairAsync().join();
  }

  default TerminalReply<PairedTerminal> unpair() {
    return unpairAsync().join();
  }

  /**
   * Compares the journal with the terminal over {@code window}, order by order: each journaled
   * order of this terminal created in the window is asked about, mismatches both ways are flagged
   * (the journal keeps what it says), and unfinished orders are settled by the engine's own rules —
   * end-of-day reconciliation for a back office. Finished orders are asked one after another.
   *
   * <pre>{@code
   * Reconciliation day = ecr.reconcile(JournalWindow.since(startOfDay));
   * if (!day.allAgree()) day.disagreementList().forEach(order -> alert(order.explanation()));
   * }</pre>
   *
   * @throws IllegalArgumentException when {@code window} names another terminal
   */
  CompletableFuture<Reconciliation> reconcileAsync(JournalWindow window);

  /**
   * {@link #recoverAsync()}, handing each outcome to {@code eachSettled} as soon as its order is
   * settled, e.g. to show progress while slower orders are still being asked about. The consumer
   * runs on the thread that settled the order (do not block in it); what it throws is ignored.
   */
  CompletableFuture<Seq<PaymentOutcome>> recoverAsync(Consumer<? super PaymentOutcome> eachSettled);

  default PaymentOutcome submit(PaymentOrder order) {
    return submitAsync(order).join();
  }

  default PaymentOutcome submit(OrderDraft draft) {
    return submitAsync(draft).join();
  }

  default TerminalReply<TransactionResult> query(MerchantOrderNo merchantOrderNo) {
    return queryAsync(merchantOrderNo).join();
  }

  default TerminalReply<MerchantOrderNo> closeOrder(MerchantOrderNo merchantOrderNo) {
    return closeOrderAsync(merchantOrderNo).join();
  }

  default Seq<PaymentOutcome> recover() {
    return recoverAsync().join();
  }

  default Reconciliation reconcile(JournalWindow window) {
    return reconcileAsync(window).join();
  }

  /** Where the connection stands now; listeners hear each change as it happens. */
  ConnectionState connectionState();

  /** The terminal this client pays on, as configured, with any password replaced by {@code ***}. */
  String terminal();

  /** What the session has seen so far: replies, timeouts, stray and undecodable frames. */
  ClientStats stats();

  /**
   * Stops taking orders, lets orders in flight finish within the shutdown grace (those that do not
   * stay unfinished in the journal, for {@link #recover()}), then closes the connection and
   * releases every thread the client started.
   */
  @Override
  void close();
}
