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

  /**
   * A builder with the defaults of {@link EcrClientConfig}.
   *
   * @return a new builder; each call returns a fresh one
   */
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
   *
   * @return completes once connected, without waiting for the recovery
   */
  CompletableFuture<Void> connect();

  /**
   * Sends a valid order and settles its outcome.
   *
   * @param order the order to journal and send; a merchant order number already in the journal ends
   *     {@link PaymentOutcome.Rejected}, nothing sent
   * @return the outcome once it is known, at the latest when the recovery deadline passes ({@link
   *     PaymentOutcome.Unknown})
   */
  CompletableFuture<PaymentOutcome> submitAsync(PaymentOrder order);

  /**
   * Validates a draft and sends it: an invalid draft ends {@link PaymentOutcome.Rejected} with
   * every violation, and nothing is sent.
   *
   * @param draft the draft, validated at the client's currency scale
   * @return the outcome, or an already completed {@link PaymentOutcome.Rejected}
   */
  CompletableFuture<PaymentOutcome> submitAsync(OrderDraft draft);

  /**
   * Asks the terminal for an order's state.
   *
   * @param merchantOrderNo the order to ask about
   * @return the terminal's answer, or why none came ({@link TerminalReply.NoAnswer}, {@link
   *     TerminalReply.NotSent})
   */
  CompletableFuture<TerminalReply<TransactionResult>> queryAsync(MerchantOrderNo merchantOrderNo);

  /**
   * Closes an order that is not paid yet; this is how a cashier cancels the open order.
   *
   * @param merchantOrderNo the open order to close
   * @return the terminal's answer, carrying the closed order's number on success, or why none came
   */
  CompletableFuture<TerminalReply<MerchantOrderNo>> closeOrderAsync(
      MerchantOrderNo merchantOrderNo);

  /**
   * Settles every unfinished order of the journal for this terminal by asking it.
   *
   * @return the outcome of each order settled; empty when nothing was unfinished
   */
  CompletableFuture<Seq<PaymentOutcome>> recoverAsync();

  /**
   * Pairs this POS with the terminal, as the vendor's SDKs do: sends {@code ecrhub.pair} with this
   * POS's {@code device_data} ({@link EcrClientBuilder#posDevice}). An answer {@code 000} carries
   * the pairing now remembered ({@link EcrClientBuilder#pairedTerminals}) with the terminal's
   * serial number and the address it was reached at; any other code is the terminal's refusal,
   * nothing remembered.
   *
   * @return the terminal's answer, carrying the pairing on success
   */
  CompletableFuture<TerminalReply<PairedTerminal>> pairAsync();

  /**
   * Ends the pairing: sends {@code ecrhub.unpair} with this POS's MAC address; an answer {@code
   * 000} carries the pairing forgotten (none when it was not remembered here).
   *
   * @return the terminal's answer, carrying the forgotten pairing if one was remembered
   */
  CompletableFuture<TerminalReply<PairedTerminal>> unpairAsync();

  /**
   * Blocking form of {@link #pairAsync()}.
   *
   * @return the terminal's answer, carrying the pairing on success
   * @throws java.util.concurrent.CompletionException wrapping the failure of {@link #pairAsync()}
   */
  default TerminalReply<PairedTerminal> pair() {
    return pairAsync().join();
  }

  /**
   * Blocking form of {@link #unpairAsync()}.
   *
   * @return the terminal's answer, carrying the forgotten pairing if one was remembered
   * @throws java.util.concurrent.CompletionException wrapping the failure of {@link #unpairAsync()}
   */
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
   * @param window the creation times (and terminal) of the journaled orders to compare
   * @return the comparison, order by order
   * @throws IllegalArgumentException when {@code window} names another terminal
   */
  CompletableFuture<Reconciliation> reconcileAsync(JournalWindow window);

  /**
   * {@link #recoverAsync()}, handing each outcome to {@code eachSettled} as soon as its order is
   * settled, e.g. to show progress while slower orders are still being asked about. The consumer
   * runs on the thread that settled the order (do not block in it); what it throws is ignored.
   *
   * @param eachSettled called once per settled order; not null
   * @return every outcome, as {@link #recoverAsync()}
   */
  CompletableFuture<Seq<PaymentOutcome>> recoverAsync(Consumer<? super PaymentOutcome> eachSettled);

  /**
   * Blocking form of {@link #submitAsync(PaymentOrder)}.
   *
   * @param order the order to journal and send
   * @return the outcome once it is known
   * @throws java.util.concurrent.CompletionException wrapping the failure of {@link
   *     #submitAsync(PaymentOrder)}
   */
  default PaymentOutcome submit(PaymentOrder order) {
    return submitAsync(order).join();
  }

  /**
   * Blocking form of {@link #submitAsync(OrderDraft)}.
   *
   * @param draft the draft to validate and send
   * @return the outcome, or {@link PaymentOutcome.Rejected} when the draft is invalid
   * @throws java.util.concurrent.CompletionException wrapping the failure of {@link
   *     #submitAsync(OrderDraft)}
   */
  default PaymentOutcome submit(OrderDraft draft) {
    return submitAsync(draft).join();
  }

  /**
   * Blocking form of {@link #queryAsync(MerchantOrderNo)}.
   *
   * @param merchantOrderNo the order to ask about
   * @return the terminal's answer
   * @throws java.util.concurrent.CompletionException wrapping the failure of {@link
   *     #queryAsync(MerchantOrderNo)}
   */
  default TerminalReply<TransactionResult> query(MerchantOrderNo merchantOrderNo) {
    return queryAsync(merchantOrderNo).join();
  }

  /**
   * Blocking form of {@link #closeOrderAsync(MerchantOrderNo)}.
   *
   * @param merchantOrderNo the open order to close
   * @return the terminal's answer
   * @throws java.util.concurrent.CompletionException wrapping the failure of {@link
   *     #closeOrderAsync(MerchantOrderNo)}
   */
  default TerminalReply<MerchantOrderNo> closeOrder(MerchantOrderNo merchantOrderNo) {
    return closeOrderAsync(merchantOrderNo).join();
  }

  /**
   * Blocking form of {@link #recoverAsync()}.
   *
   * @return the outcome of each order settled
   * @throws java.util.concurrent.CompletionException wrapping the failure of {@link
   *     #recoverAsync()}
   */
  default Seq<PaymentOutcome> recover() {
    return recoverAsync().join();
  }

  /**
   * Blocking form of {@link #reconcileAsync(JournalWindow)}.
   *
   * @param window the creation times (and terminal) of the journaled orders to compare
   * @return the comparison, order by order
   * @throws IllegalArgumentException when {@code window} names another terminal
   * @throws java.util.concurrent.CompletionException wrapping the failure of {@link
   *     #reconcileAsync(JournalWindow)}
   */
  default Reconciliation reconcile(JournalWindow window) {
    return reconcileAsync(window).join();
  }

  /**
   * Where the connection stands now; listeners hear each change as it happens.
   *
   * @return the current state; never null
   */
  ConnectionState connectionState();

  /**
   * The terminal this client pays on, as configured, with any password replaced by {@code ***}.
   *
   * @return the redacted terminal address, safe to log
   */
  String terminal();

  /**
   * What the session has seen so far: replies, timeouts, stray and undecodable frames.
   *
   * @return counters since the client was built; a snapshot, not updated afterwards
   */
  ClientStats stats();

  /**
   * Stops taking orders, lets orders in flight finish within the shutdown grace (those that do not
   * stay unfinished in the journal, for {@link #recover()}), then closes the connection and
   * releases every thread the client started.
   */
  @Override
  void close();
}
