package io.ecrhub.domain.payment;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.CloseRequest;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.order.QueryRequest;
import io.ecrhub.domain.port.TerminalGateway;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A terminal whose every reply the test decides. Each request is recorded as a {@link Call} with
 * the virtual time it was made; what happens to it is the next scripted {@link Step} for its topic:
 * an immediate reply, a stage left open for the test to complete later, a stage that completes
 * exceptionally, or a synchronous throw. Unscripted requests are left open.
 */
final class ScriptedTerminalGateway implements TerminalGateway {

  /** What the gateway does with one request. */
  sealed interface Step<T> {
    /** Completes the stage at once with {@code reply}. */
    record Reply<T>(TerminalReply<T> reply) implements Step<T> {}

    /** Leaves the stage open; the test completes it through {@link Call#reply}. */
    record Later<T>() implements Step<T> {}

    /** Completes the stage exceptionally, breaking the gateway contract. */
    record Fail<T>(Throwable failure) implements Step<T> {}

    /** Throws from the gateway method instead of returning a stage. */
    record Throw<T>(RuntimeException failure) implements Step<T> {}
  }

  /** One request the service made, and the stage it is waiting on. */
  static final class Call<R, T> {
    private final R request;
    private final Duration timeout;
    private final Instant at;
    private final CompletableFuture<TerminalReply<T>> stage = new CompletableFuture<>();

    private Call(R request, Duration timeout, Instant at) {
      this.request = request;
      this.timeout = timeout;
      this.at = at;
    }

    R request() {
      return request;
    }

    Duration timeout() {
      return timeout;
    }

    /** The virtual time the request was made. */
    Instant at() {
      return at;
    }

    /** Completes a request left open by a {@link Step.Later}. */
    void reply(TerminalReply<T> reply) {
      if (!stage.complete(reply)) {
        throw new IllegalStateException("request was already answered: " + request);
      }
    }

    void fail(Throwable failure) {
      stage.completeExceptionally(failure);
    }
  }

  private final String terminalId;
  private final Supplier<Instant> clock;
  private final List<Call<PaymentOrder, TransactionResult>> orders = new CopyOnWriteArrayList<>();
  private final List<Call<QueryRequest, TransactionResult>> queries = new CopyOnWriteArrayList<>();
  private final List<Call<CloseRequest, MerchantOrderNo>> closes = new CopyOnWriteArrayList<>();
  private final Deque<Step<TransactionResult>> orderScript = new ArrayDeque<>();
  private final Deque<Step<TransactionResult>> queryScript = new ArrayDeque<>();
  private final Deque<Step<MerchantOrderNo>> closeScript = new ArrayDeque<>();
  private Function<QueryRequest, Step<TransactionResult>> unscriptedQuery = query -> later();
  private Consumer<PaymentOrder> beforeOrder = order -> {};

  ScriptedTerminalGateway(String terminalId, Supplier<Instant> clock) {
    this.terminalId = terminalId;
    this.clock = clock;
  }

  static <T> Step<T> reply(TerminalReply<T> reply) {
    return new Step.Reply<>(reply);
  }

  static <T> Step<T> later() {
    return new Step.Later<>();
  }

  static <T> Step<T> failing(Throwable failure) {
    return new Step.Fail<>(failure);
  }

  static <T> Step<T> throwing(RuntimeException failure) {
    return new Step.Throw<>(failure);
  }

  @SafeVarargs
  final synchronized ScriptedTerminalGateway onOrder(Step<TransactionResult>... steps) {
    for (Step<TransactionResult> step : steps) {
      orderScript.add(step);
    }
    return this;
  }

  @SafeVarargs
  final synchronized ScriptedTerminalGateway onQuery(Step<TransactionResult>... steps) {
    for (Step<TransactionResult> step : steps) {
      queryScript.add(step);
    }
    return this;
  }

  /** What every query gets once the scripted query steps are used up. */
  synchronized ScriptedTerminalGateway onEveryOtherQuery(
      Function<QueryRequest, Step<TransactionResult>> step) {
    this.unscriptedQuery = Objects.requireNonNull(step);
    return this;
  }

  @SafeVarargs
  final synchronized ScriptedTerminalGateway onClose(Step<MerchantOrderNo>... steps) {
    for (Step<MerchantOrderNo> step : steps) {
      closeScript.add(step);
    }
    return this;
  }

  /** Runs inside {@link #order} before the request is recorded, e.g. to look at the journal. */
  synchronized ScriptedTerminalGateway beforeOrder(Consumer<PaymentOrder> hook) {
    this.beforeOrder = Objects.requireNonNull(hook);
    return this;
  }

  @Override
  public String terminalId() {
    return terminalId;
  }

  /**
   * Like the real gateway, runs {@code beforeSend} the moment the order would leave — unless the
   * scripted reply says it never left ({@link TerminalReply.NotSent}) — and answers {@code NotSent}
   * without recording a call when {@code beforeSend} throws.
   */
  @Override
  public CompletionStage<TerminalReply<TransactionResult>> order(
      PaymentOrder order, Duration replyTimeout, Runnable beforeSend) {
    Consumer<PaymentOrder> hook;
    Step<TransactionResult> step;
    synchronized (this) {
      hook = beforeOrder;
      step = next(orderScript, later());
    }
    hook.accept(order);
    boolean leaves =
        !(step instanceof Step.Reply<TransactionResult> scripted
            && scripted.reply() instanceof TerminalReply.NotSent);
    if (leaves) {
      try {
        beforeSend.run();
      } catch (RuntimeException vetoed) {
        return CompletableFuture.completedFuture(
            new TerminalReply.NotSent<>(NotSentReason.JOURNAL_UNAVAILABLE, vetoed.getMessage()));
      }
    }
    return perform(record(orders, order, replyTimeout), step);
  }

  @Override
  public CompletionStage<TerminalReply<TransactionResult>> query(
      QueryRequest query, Duration replyTimeout) {
    Step<TransactionResult> step;
    synchronized (this) {
      step = queryScript.isEmpty() ? unscriptedQuery.apply(query) : queryScript.poll();
    }
    return perform(record(queries, query, replyTimeout), step);
  }

  @Override
  public CompletionStage<TerminalReply<MerchantOrderNo>> close(
      CloseRequest close, Duration replyTimeout) {
    Step<MerchantOrderNo> step;
    synchronized (this) {
      step = next(closeScript, later());
    }
    return perform(record(closes, close, replyTimeout), step);
  }

  List<Call<PaymentOrder, TransactionResult>> orders() {
    return List.copyOf(orders);
  }

  List<Call<QueryRequest, TransactionResult>> queries() {
    return List.copyOf(queries);
  }

  List<Call<CloseRequest, MerchantOrderNo>> closes() {
    return List.copyOf(closes);
  }

  /** The queries made about one order, in order. */
  List<Call<QueryRequest, TransactionResult>> queriesFor(String merchantOrderNo) {
    return queries.stream()
        .filter(call -> call.request().merchantOrderNo().value().equals(merchantOrderNo))
        .toList();
  }

  /** The only {@code pay.order} sent so far; fails the test if there is not exactly one. */
  Call<PaymentOrder, TransactionResult> onlyOrder() {
    if (orders.size() != 1) {
      throw new AssertionError("expected exactly one pay.order, got " + orders.size());
    }
    return orders.get(0);
  }

  /** The most recent query, which a test may answer. */
  Call<QueryRequest, TransactionResult> lastQuery() {
    if (queries.isEmpty()) {
      throw new AssertionError("expected a pay.query, got none");
    }
    return queries.get(queries.size() - 1);
  }

  private <R, T> Call<R, T> record(List<Call<R, T>> calls, R request, Duration timeout) {
    Call<R, T> call = new Call<>(request, timeout, clock.get());
    calls.add(call);
    return call;
  }

  private static <T> Step<T> next(Deque<Step<T>> script, Step<T> otherwise) {
    return script.isEmpty() ? otherwise : script.poll();
  }

  private static <R, T> CompletionStage<TerminalReply<T>> perform(Call<R, T> call, Step<T> step) {
    if (step instanceof Step.Reply<T> reply) {
      call.reply(reply.reply());
    } else if (step instanceof Step.Fail<T> fail) {
      call.fail(fail.failure());
    } else if (step instanceof Step.Throw<T> thrown) {
      throw thrown.failure();
    }
    return call.stage;
  }
}
