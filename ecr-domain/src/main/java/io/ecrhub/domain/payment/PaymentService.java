package io.ecrhub.domain.payment;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.CloseRequest;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.order.QueryRequest;
import io.ecrhub.domain.port.Claim;
import io.ecrhub.domain.port.DuplicateOrderException;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.JournalWindow;
import io.ecrhub.domain.port.JournalWriter;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.domain.port.Scheduler;
import io.ecrhub.domain.port.TerminalGateway;
import io.ecrhub.domain.reconciliation.Reconciliation;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.Violation;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Takes payments on one terminal so that none is charged twice and none is lost.
 *
 * <ul>
 *   <li>One {@code pay.order} at a time: a second {@link #submit} while one is open is refused at
 *       once ({@link NotSentReason#TERMINAL_BUSY}); {@link #query} and {@link #close} stay allowed,
 *       and closing is how a cashier cancels the open order.
 *   <li>An order is written to the journal before it is sent and its outcome when known. If the
 *       journal cannot be written, the order is not sent.
 *   <li>Many tills and processes may share one journal. An order is claimed by the process that
 *       records it for as long as its attempt may run ({@link PaymentPolicy#sendingHold()}), and by
 *       a recoverer for as long as its recovery may run; no other process touches an order that is
 *       claimed, and settling releases the claim.
 *   <li>The outcome follows {@link OutcomeRules}: declined only when an answer proves that no money
 *       moved; a final success is checked against the order as sent ({@link
 *       PaymentOutcome.Mismatch} when it differs); a reply timeout, a lost connection or any answer
 *       that proves nothing leads to {@code pay.query} with back-off until the terminal reports a
 *       final status or the recovery deadline passes, and only then is the outcome {@link
 *       PaymentOutcome.Unknown}. An order the terminal does not know once its frame may have left
 *       is fenced with {@code pay.close}. A {@code pay.order} is never sent twice.
 * </ul>
 *
 * <p>The service owns no thread: it reacts to the gateway's replies and to the scheduler's timers.
 * Every method returns at once.
 */
public final class PaymentService {

  private final TerminalGateway gateway;
  private final OrderJournal journal;
  private final Scheduler scheduler;
  private final PaymentPolicy policy;

  /** The merchant order number of the one {@code pay.order} this terminal is working on. */
  private final AtomicReference<MerchantOrderNo> openOrder = new AtomicReference<>();

  /** Orders whose outcome this service is still working out, the open one and recovered ones. */
  private final ConcurrentMap<MerchantOrderNo, PaymentAttempt> attempts = new ConcurrentHashMap<>();

  private volatile boolean closing;

  /**
   * Creates a service for the terminal behind {@code gateway}; it does nothing until called.
   *
   * @param gateway the terminal's requests and replies; its {@link TerminalGateway#terminalId()}
   *     names the journal entries
   * @param journal where orders are recorded before they are sent; may be shared with other
   *     processes
   * @param scheduler the clock and timers for timeouts and back-off
   * @param policy the timeouts, deadlines and claim holds to apply
   */
  public PaymentService(
      TerminalGateway gateway, OrderJournal journal, Scheduler scheduler, PaymentPolicy policy) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Sends a payment order and settles its outcome. The stage completes once the outcome is known —
   * or, at the latest, after the reply timeout plus the recovery deadline with {@link
   * PaymentOutcome.Unknown}.
   *
   * @param order the order to send; not null
   * @return the outcome; a refusal before sending completes at once ({@link PaymentOutcome.NotSent}
   *     when busy, closing or the journal is unavailable, {@link PaymentOutcome.Rejected} for a
   *     number already used)
   */
  public CompletionStage<PaymentOutcome> submit(PaymentOrder order) {
    Objects.requireNonNull(order, "order");
    MerchantOrderNo number = order.merchantOrderNo();
    if (closing) {
      return done(
          new PaymentOutcome.NotSent(number, NotSentReason.CLIENT_CLOSED, "the client is closing"));
    }
    if (!openOrder.compareAndSet(null, number)) {
      return done(
          new PaymentOutcome.NotSent(
              number,
              NotSentReason.TERMINAL_BUSY,
              "order "
                  + openOrder.get()
                  + " is still open on terminal "
                  + gateway.terminalId()
                  + ": wait for its outcome or close it first"));
    }
    // Registered before the journal write: from the moment the order can be seen in the journal,
    // recover() knows it is being worked on and shutdown() waits for it.
    Option<PaymentAttempt> registered = register(SentOrder.of(order));
    if (registered.isEmpty()) {
      openOrder.compareAndSet(number, null);
      return done(alreadyUsed()); // recover() is working on an order with this number
    }
    PaymentAttempt attempt = registered.get();
    if (closing) {
      // shutdown() began after the first check and may not have seen this attempt
      return withdrawn(
          attempt,
          new PaymentOutcome.NotSent(number, NotSentReason.CLIENT_CLOSED, "the client is closing"));
    }
    try {
      Instant now = scheduler.now();
      JournalWriter writer = journal.writer();
      journal.recordPending(
          JournalEntry.pending(writer, gateway.terminalId(), order, now)
              .claimedBy(new Claim(writer.processId(), now.plus(policy.sendingHold()))));
    } catch (DuplicateOrderException duplicate) {
      return withdrawn(attempt, alreadyUsed());
    } catch (RuntimeException journalFailure) {
      return withdrawn(
          attempt,
          new PaymentOutcome.NotSent(
              number,
              NotSentReason.JOURNAL_UNAVAILABLE,
              "the order journal could not record the order, so it was not sent: "
                  + journalFailure.getMessage()));
    }
    attempt.send(order);
    return attempt.outcome().minimalCompletionStage();
  }

  /**
   * Asks the terminal for the state of an order.
   *
   * @param merchantOrderNo the order to ask about
   * @return the terminal's answer within the policy's query timeout
   */
  public CompletionStage<TerminalReply<TransactionResult>> query(MerchantOrderNo merchantOrderNo) {
    return gateway.query(new QueryRequest(merchantOrderNo), policy.queryTimeout());
  }

  /**
   * Closes an order that is not paid yet. For the open order, its outcome then follows from the
   * terminal's reply or from recovery as usual.
   *
   * @param merchantOrderNo the order to close
   * @return the terminal's answer within the policy's query timeout
   */
  public CompletionStage<TerminalReply<MerchantOrderNo>> close(MerchantOrderNo merchantOrderNo) {
    return gateway.close(new CloseRequest(merchantOrderNo), policy.queryTimeout());
  }

  /**
   * Settles every unfinished order the journal holds for this terminal — orders a crash or a
   * shutdown left behind — by asking the terminal. Each is claimed first, so that of several
   * processes recovering at once (on one till or many) only one works on an order; orders this
   * service is already working on, and orders another process holds, are left to that work.
   *
   * @return the outcome of each order recovered, in journal order
   * @throws io.ecrhub.domain.port.JournalException when the journal cannot be read
   */
  public CompletionStage<Seq<PaymentOutcome>> recover() {
    return recover(RecoveryProgress.SILENT);
  }

  /**
   * Recovers as {@link #recover()} does, telling {@code progress} which orders it claimed and then
   * each outcome as soon as it is known.
   *
   * @param progress told of the claimed orders and of each outcome; what it throws is ignored
   * @return the outcome of each order recovered, in journal order
   * @throws io.ecrhub.domain.port.JournalException when the journal cannot be read
   */
  public CompletionStage<Seq<PaymentOutcome>> recover(RecoveryProgress progress) {
    Objects.requireNonNull(progress, "progress");
    return recoverAll(
        journal
            .unfinished()
            .filter(entry -> entry.terminalId().equals(gateway.terminalId()))
            .toList(),
        progress);
  }

  /** Recovers {@code unfinished} (entries of this terminal) as {@link #recover()} does. */
  CompletionStage<Seq<PaymentOutcome>> recoverAll(
      Seq<JournalEntry> unfinished, RecoveryProgress progress) {
    Seq<Tuple2<MerchantOrderNo, CompletableFuture<PaymentOutcome>>> claimed =
        unfinished.flatMap(
            entry -> recoverOne(entry).map(outcome -> Tuple.of(entry.merchantOrderNo(), outcome)));
    tell(() -> progress.claimed(claimed.map(Tuple2::_1)));
    // Attached after claimed(), so that an order settled at once (one never sent) is told after
    // it; and the whole completes only after every order was told, so that a caller reacting to
    // the end has heard each order before.
    Seq<CompletableFuture<PaymentOutcome>> outcomes =
        claimed.map(
            pair ->
                pair._2()
                    .thenApply(
                        settled -> {
                          tell(() -> progress.settled(settled));
                          return settled;
                        }));
    return CompletableFuture.allOf(outcomes.toJavaList().toArray(new CompletableFuture<?>[0]))
        .thenApply(ignored -> outcomes.map(CompletableFuture::join));
  }

  /** A watcher's failure is its own: the engine goes on. */
  private static void tell(Runnable watcher) {
    try {
      watcher.run();
    } catch (RuntimeException watcherFailure) {
      // nothing to do about it here: the engine has no log, and its work must not stop for it
    }
  }

  /**
   * Starts recovering one order, unless this service works on it already (the attempt registered
   * first excludes the rest of this process) or another process holds it (the claim excludes other
   * processes). The entry is read again once claimed: its holder until now may have moved it on.
   */
  Option<CompletableFuture<PaymentOutcome>> recoverOne(JournalEntry entry) {
    MerchantOrderNo number = entry.merchantOrderNo();
    Option<PaymentAttempt> registered = register(SentOrder.of(entry));
    if (registered.isEmpty()) {
      return Option.none();
    }
    PaymentAttempt attempt = registered.get();
    Option<JournalEntry> claimed;
    try {
      Instant now = scheduler.now();
      claimed =
          journal.claim(number, now, now.plus(policy.recoveryHold()))
              ? journal.find(number).filter(current -> !current.state().isFinished())
              : Option.none();
    } catch (RuntimeException journalFailure) {
      claimed = Option.none(); // unreachable journal: the order stays for a later recover()
    }
    if (claimed.isEmpty()) {
      attempts.remove(number, attempt);
      return Option.none();
    }
    resume(attempt, claimed.get());
    return Option.some(attempt.outcome());
  }

  /**
   * Reconciles the journal with the terminal over {@code window} (narrowed to this service's
   * terminal): every journaled order of the window is compared with what the terminal says of it
   * now. Unfinished orders are recovered as {@link #recover()} does — claimed, asked, and settled
   * in the journal where the terminal's answers settle them; finished orders are asked about once
   * and flagged where the terminal says otherwise (the journal keeps what it says).
   *
   * @param window the journal entries to compare; its terminal, if any, must be this service's
   * @return the comparison, once every order of the window has been asked about
   * @throws IllegalArgumentException when {@code window} names another terminal
   */
  public CompletionStage<Reconciliation> reconcile(JournalWindow window) {
    Objects.requireNonNull(window, "window");
    return new Reconciler(this, gateway, journal, policy).reconcile(window);
  }

  /**
   * The order this terminal is working on, if any.
   *
   * @return the open {@code pay.order}'s number, or none when the terminal is free for a new order
   */
  public Option<MerchantOrderNo> openOrder() {
    return Option.of(openOrder.get());
  }

  /**
   * The terminal this service pays on.
   *
   * @return the terminal id written into journal entries
   */
  public String terminalId() {
    return gateway.terminalId();
  }

  /**
   * Stops taking orders and gives those in flight {@code grace} to finish. Orders still unsure
   * after that end {@link PaymentOutcome.Unknown} and stay unfinished in the journal, for {@link
   * #recover()} after the next start.
   *
   * @param grace how long to wait for orders in flight; zero abandons them at once
   * @return completes when every order in flight has an outcome, or when the grace has passed
   */
  public CompletionStage<Void> shutdown(Duration grace) {
    closing = true;
    CompletableFuture<Void> done = new CompletableFuture<>();
    CompletableFuture<?>[] pending =
        attempts.values().stream().map(PaymentAttempt::outcome).toArray(CompletableFuture[]::new);
    Scheduler.Cancellable deadline =
        scheduler.schedule(
            grace,
            () -> {
              attempts
                  .values()
                  .forEach(
                      attempt ->
                          attempt.abandon(
                              "the client shut down before the terminal reported the outcome;"
                                  + " recover() settles it after the next start"));
              done.complete(null);
            });
    CompletableFuture.allOf(pending)
        .whenComplete(
            (ignored, failure) -> {
              deadline.cancel();
              done.complete(null);
            });
    return done;
  }

  /**
   * Picks up an order a crash or a shutdown left unfinished: one still {@link JournalState#PENDING}
   * provably never left (the journal marks an order sent before its frame leaves); any other may
   * have reached the terminal, which is asked.
   */
  private static void resume(PaymentAttempt attempt, JournalEntry entry) {
    String since = " in the journal since " + entry.createdAt();
    if (entry.state() == JournalState.PENDING) {
      attempt.settleNeverSent(
          "the order was recorded but never handed to the wire (left pending" + since + ")");
    } else {
      attempt.recover(
          "order left " + entry.state().name().toLowerCase(java.util.Locale.ROOT) + since);
    }
  }

  /** A new attempt for an order, or none when another attempt is already working on it. */
  private Option<PaymentAttempt> register(SentOrder order) {
    PaymentAttempt attempt =
        new PaymentAttempt(order, gateway, journal, scheduler, policy, this::release);
    return attempts.putIfAbsent(order.merchantOrderNo(), attempt) == null
        ? Option.some(attempt)
        : Option.none();
  }

  /** Ends an attempt refused before its order was journaled; its stage carries the refusal. */
  private static CompletionStage<PaymentOutcome> withdrawn(
      PaymentAttempt attempt, PaymentOutcome refusal) {
    attempt.withdraw(refusal);
    return attempt.outcome().minimalCompletionStage();
  }

  private static PaymentOutcome.Rejected alreadyUsed() {
    return new PaymentOutcome.Rejected(
        List.of(
            new Violation(
                FieldPath.MERCHANT_ORDER_NO,
                "was already used for an order in the journal; every order needs a new"
                    + " number (query the earlier one to learn its outcome)")));
  }

  /** Runs before the outcome is completed, so that a caller reacting to it can submit again. */
  private void release(PaymentAttempt attempt) {
    attempts.remove(attempt.merchantOrderNo(), attempt);
    openOrder.compareAndSet(attempt.merchantOrderNo(), null);
  }

  private static CompletionStage<PaymentOutcome> done(PaymentOutcome outcome) {
    return CompletableFuture.completedStage(outcome);
  }
}
