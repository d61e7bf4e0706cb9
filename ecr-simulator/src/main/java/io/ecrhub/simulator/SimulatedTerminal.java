package io.ecrhub.simulator;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.port.Scheduler;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.codec.WireObject;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.terminal.TerminalDialect;
import io.ecrhub.protocol.terminal.TerminalHandler;
import io.ecrhub.protocol.terminal.TerminalRequest;
import io.ecrhub.protocol.terminal.TerminalResponse;
import io.ecrhub.protocol.topic.Topic;
import io.ecrhub.protocol.wire.TerminalDeviceData;
import io.ecrhub.protocol.wire.TransactionData;
import io.ecrhub.simulator.internal.OrderScreening;
import io.ecrhub.simulator.internal.PairingBook;
import io.ecrhub.simulator.internal.PaymentMethods;
import io.ecrhub.simulator.internal.Refusal;
import io.ecrhub.simulator.internal.ReportedAs;
import io.ecrhub.simulator.internal.VendorReading;
import io.ecrhub.simulator.internal.WireEcho;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WiseCashier terminal in software: the {@link TerminalHandler} the simulator serves. It keeps
 * its orders in a {@link TerminalLedger} and answers as the seed's terminal does.
 *
 * <p>{@code pay.order}: a sale, pre-authorisation or cashback sale is processing (status 0) for the
 * approve delay, then approved ({@code 000}, status 2, a 22-digit {@code trans_no}, {@code
 * trans_end_time} in terminal-local time, {@code pay_method_id} {@code Visa} and {@code
 * pay_scenario} {@code SWIPE_CARD} unless the request named others); the answer echoes the
 * request's order fields. A void needs a completed, unrefunded sale, cashback sale or completion
 * and cancels it (status 3); refunds may add up to their original, completions to their
 * pre-authorisation; a pre-authorisation cancel naming its original cancels it (status 3). A
 * request is refused, in this order of precedence, for:
 *
 * <ol>
 *   <li>an {@code app_id} other than the configured one: {@code 202};
 *   <li>an unsupported {@code trans_type}: {@code 114};
 *   <li>a malformed amount (exponent, sign, more than two decimals, not a number): {@code 121};
 *   <li>any other invalid field — a missing one, forecourt lines that do not add up to {@code
 *       order_amount}, a missing {@code orig_merchant_order_no}: {@code 202}, every violation in
 *       {@code response_msg};
 *   <li>a merchant order number of an earlier accepted order, whatever became of it (approved,
 *       declined, closed): {@code 113} — a request refused here does not use up its number;
 *   <li>an order on a connection whose previous order is still processing: {@code 101} (each
 *       connection is independent);
 *   <li>a follow-up its original does not allow: {@code 104} (no such completed original of the
 *       right type), {@code 119} (already voided, refunded or cancelled), {@code 120} (more than
 *       the original).
 * </ol>
 *
 * The cents of {@code order_amount} select a test outcome: see {@link OutcomeTrigger}. In
 * <em>manual mode</em> ({@link TerminalScreen#setManualMode}) they do not: every order that passes
 * the checks above is held, processing and unanswered, until a person decides what the terminal
 * does with it ({@link OrderDecision}); a person may also decide about any order in progress in
 * automatic mode, which replaces its automatic outcome.
 *
 * <p>{@code pay.query} and {@code pay.close} are refused {@code 202} for another {@code app_id} or
 * an invalid order number, like a {@code pay.order}. {@code pay.query}: the order as it stands
 * ({@code 000}), or {@code 104}. {@code pay.close}: a processing order becomes closed (status 1,
 * {@code 000}) and its unanswered {@code pay.order} is answered {@code 102}; a closed one is {@code
 * 000} again, a completed or cancelled one {@code 201}, an unknown one {@code 104}. {@code
 * ecrhub.heartbeat}: {@code 000}.
 *
 * <p>In the vendor's dialect ({@link SimulatorOptions#dialect()}) it also answers the vendor's
 * topics: {@code ecrhub.pay.init} with the payment methods it takes; {@code ecrhub.pair} by pairing
 * the POS its {@code device_data} describes ({@code 000} with the terminal's own {@code
 * device_data}) or refusing it ({@code 115}), as its {@link PairingPolicy} says; {@code
 * ecrhub.unpair} by forgetting that POS ({@code 000}). A pairing request without {@code
 * device_data.mac_address} is refused {@code 202}. When pairing is required, the {@code
 * ecrhub.pay.*} requests of a POS that is not paired are refused {@code 116}. And it reads the
 * vendor SDK's spellings described on {@link VendorReading}.
 *
 * <p>Nothing here blocks or sleeps: delayed outcomes are tasks on the {@link Scheduler}, and the
 * answer to a {@code pay.order} is a stage completed by whichever comes first, the outcome or a
 * close. Thread-safe; one instance serves every connection.
 */
public final class SimulatedTerminal implements TerminalHandler {

  private static final Logger LOG = LoggerFactory.getLogger(SimulatedTerminal.class);

  private static final ResponseCode CANCELLED = ResponseCode.of("102");
  private static final ResponseCode NOT_LOGGED_IN = ResponseCode.of("116");
  private static final String SUCCESS_MESSAGE = "Success";

  private static final String HELD = "held: waiting for a decision";

  private final SimulatorOptions options;
  private final Scheduler scheduler;
  private final ScreenEvents screen;
  private final TerminalLedger ledger;
  private final PairingBook pairings = new PairingBook();
  private final OrderPlans plans = new OrderPlans();
  private final AtomicBoolean manualMode = new AtomicBoolean();

  /** Makes a plan's check and the settling it allows one step, for timers and decisions alike. */
  private final Object planLock = new Object();

  /** Orders whose reports a test trigger alters, by number. */
  private final ConcurrentMap<MerchantOrderNo, OutcomeTrigger> alteredReports =
      new ConcurrentHashMap<>();

  /**
   * @param scheduler runs the delayed outcomes; its clock is not used ({@code trans_end_time} comes
   *     from {@link SimulatorOptions#clock()})
   * @param options how the terminal behaves; its host and port are not used here
   */
  public SimulatedTerminal(SimulatorOptions options, Scheduler scheduler) {
    this(options, scheduler, new ScreenEvents());
  }

  SimulatedTerminal(SimulatorOptions options, Scheduler scheduler, ScreenEvents screen) {
    this.options = Objects.requireNonNull(options, "options");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.screen = Objects.requireNonNull(screen, "screen");
    this.ledger = new TerminalLedger(screen::changed);
  }

  /**
   * The terminal's record of every order.
   *
   * @return the live ledger; thread-safe
   */
  public TerminalLedger ledger() {
    return ledger;
  }

  /**
   * The POS devices paired with this terminal, by MAC address.
   *
   * @return a snapshot of the paired devices, sorted by MAC address
   */
  public List<PairedPos> pairedPos() {
    return pairings.paired();
  }

  @Override
  public InboundMessage interpret(TerminalRequest request) {
    return options.dialect() == TerminalDialect.VENDOR
        ? VendorReading.interpret(request.message(), ledger::find)
        : request.message();
  }

  @Override
  public CompletionStage<TerminalResponse> custom(TerminalRequest request) {
    Topic topic = request.message().topic();
    if (topic.equals(Topic.PAY_INIT)) {
      return payInit(request);
    }
    if (topic.equals(Topic.PAIR)) {
      return pair(request);
    }
    if (topic.equals(Topic.UNPAIR)) {
      return unpair(request);
    }
    return TerminalHandler.super.custom(request);
  }

  @Override
  public CompletionStage<TerminalResponse> order(
      TerminalRequest request, Validation<Seq<Violation>, PaymentOrder> validation) {
    WireObject biz = request.message().biz();
    ledger.payOrderReceived(OrderScreening.rawText(biz, "merchant_order_no"));
    Option<Refusal> unpaired = notPaired(request);
    if (unpaired.isDefined()) {
      return answer(unpaired.get(), WireEcho.rawRequest(biz));
    }
    Either<Refusal, PaymentOrder> screened = OrderScreening.screen(options, request, validation);
    if (screened.isLeft()) {
      return answer(screened.getLeft(), WireEcho.rawRequest(biz));
    }
    PaymentOrder order = screened.get();
    if (manualMode.get()) {
      return hold(order, request.connection());
    }
    OutcomeTrigger trigger = OutcomeTrigger.of(order.type(), order.orderAmount());
    if (!trigger.takesTheOrder()) {
      ResponseCode code = trigger.answer().get();
      // as the seed's terminal refuses an amount: no biz_data, so the answer names no order
      return now(TerminalResponse.reply(code, triggered(code, trigger), null));
    }
    if (trigger.dropsTheConnection()) {
      Connection connection = request.connection();
      // off the transport's thread: this is the connection whose frame is being delivered
      later(
          Duration.ZERO,
          () ->
              connection.close(
                  CloseCodes.GOING_AWAY,
                  "test trigger "
                      + trigger.centsLabel()
                      + ": the terminal dropped the connection"));
    }
    Duration registration = trigger.registrationDelay(options);
    if (!registration.isZero()) {
      // the terminal takes the order in only after its screen step: until then it knows nothing
      Connection connection = request.connection();
      later(
          registration,
          () ->
              ledger
                  .admit(order, connection.id(), null, clockNow())
                  .forEach(
                      entry -> runAutomatically(order.merchantOrderNo(), connection, trigger)));
      return now(TerminalResponse.silence());
    }
    CompletableFuture<TerminalResponse> pendingAnswer =
        trigger.answer().isDefined() ? new CompletableFuture<>() : null;
    Either<Refusal, LedgerEntry> admitted =
        ledger.admit(order, request.connection().id(), pendingAnswer, clockNow());
    if (admitted.isLeft()) {
      return answer(admitted.getLeft(), WireEcho.request(order));
    }
    if (trigger.altersReports()) {
      alteredReports.put(order.merchantOrderNo(), trigger);
    }
    LOG.debug(
        "order {} ({}, {}) processing on {}, trigger {}",
        order.merchantOrderNo(),
        order.type().label(),
        order.orderAmount(),
        request.connection().id(),
        trigger);
    runAutomatically(order.merchantOrderNo(), request.connection(), trigger);
    return pendingAnswer != null ? pendingAnswer : now(TerminalResponse.silence());
  }

  /** Manual mode: the order is taken and waits, unanswered, for a person's decision. */
  private CompletionStage<TerminalResponse> hold(PaymentOrder order, Connection connection) {
    CompletableFuture<TerminalResponse> pendingAnswer = new CompletableFuture<>();
    Either<Refusal, LedgerEntry> admitted =
        ledger.admit(order, connection.id(), pendingAnswer, clockNow());
    if (admitted.isLeft()) {
      return answer(admitted.getLeft(), WireEcho.request(order));
    }
    plans.start(order.merchantOrderNo(), connection, new OrderPlans.Plan(HELD, Option.none()));
    screen.changed();
    LOG.debug("order {} held for a decision", order.merchantOrderNo());
    return pendingAnswer;
  }

  /** Automatic mode: the trigger's outcome falls due after its delay, unless a person decides. */
  private void runAutomatically(
      MerchantOrderNo number, Connection connection, OutcomeTrigger trigger) {
    Duration delay = trigger.delay(options);
    String description =
        trigger == OutcomeTrigger.NONE
            ? "automatic: approved after " + delay.toMillis() + " ms"
            : "automatic: test trigger " + trigger.centsLabel();
    OrderPlans.Plan plan =
        plans.start(
            number,
            connection,
            new OrderPlans.Plan(description, Option.some(clockNow().plus(delay))));
    screen.changed();
    later(
        delay,
        () ->
            settleIfCurrent(
                number, plan, trigger.finalStatus().get(), entry -> outcomeAnswer(trigger, entry)));
  }

  /** Whether new orders are held for a person's decision. */
  boolean manualMode() {
    return manualMode.get();
  }

  /**
   * Holds every new order for a person's decision ({@code true}), or lets the cents triggers decide
   * again ({@code false}); orders already held stay held until decided.
   */
  void setManualMode(boolean on) {
    if (manualMode.getAndSet(on) != on) {
      LOG.debug("manual mode {}", on ? "on: new orders wait for a decision" : "off");
      screen.changed();
    }
  }

  /**
   * Carries out a person's decision about an order in progress: see {@link OrderDecision} for what
   * each one does. It replaces whatever was planned for the order.
   *
   * @return the order as it stands after the decision, or why nothing was done
   */
  Either<DecisionRefused, LedgerEntry> decide(MerchantOrderNo number, OrderDecision decision) {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(decision, "decision");
    Either<DecisionRefused, LedgerEntry> outcome;
    synchronized (planLock) {
      outcome = carryOut(number, decision);
    }
    outcome.forEach(
        entry -> LOG.debug("order {}: {} (decided on the screen)", number, decision.label()));
    screen.changed();
    return outcome;
  }

  private Either<DecisionRefused, LedgerEntry> carryOut(
      MerchantOrderNo number, OrderDecision decision) {
    Option<LedgerEntry> found = ledger.find(number);
    if (found.isEmpty()) {
      return refused(number, "no order " + number + " on this terminal");
    }
    LedgerEntry entry = found.get();
    if (!entry.status().equals(TransactionStatus.PROCESSING)) {
      return refused(
          number,
          "order "
              + number
              + " is already "
              + entry.status().label()
              + ": only an order in progress can be decided");
    }
    Option<Instant> dueAt =
        decision instanceof OrderDecision.CompleteAfter later
            ? Option.some(clockNow().plus(later.delay()))
            : Option.none();
    Option<OrderPlans.Plan> replaced =
        plans.replace(number, new OrderPlans.Plan(planText(decision), dueAt));
    if (replaced.isEmpty()) {
      return refused(number, "order " + number + " is still being registered; try again");
    }
    if (decision instanceof OrderDecision.Approve) {
      return settleNow(number, TransactionStatus.COMPLETED, settled -> success(reported(settled)));
    }
    if (decision instanceof OrderDecision.Decline decline) {
      ResponseCode code = decline.code();
      return settleNow(
          number,
          TransactionStatus.CLOSED,
          settled -> TerminalResponse.reply(code, decided(code), reported(settled)));
    }
    if (decision instanceof OrderDecision.ResultUnknownThenComplete) {
      // as .97: the terminal does not tell the outcome, only the request's fields
      return settleNow(
          number,
          TransactionStatus.COMPLETED,
          settled ->
              TerminalResponse.reply(
                  ResponseCode.RESULT_UNKNOWN,
                  decided(ResponseCode.RESULT_UNKNOWN),
                  WireEcho.request(settled.order())));
    }
    if (decision instanceof OrderDecision.CompleteAfter later) {
      OrderPlans.Plan plan = replaced.get();
      later(
          later.delay(),
          () ->
              settleIfCurrent(
                  number,
                  plan,
                  TransactionStatus.COMPLETED,
                  settled -> success(reported(settled))));
      return Either.right(entry);
    }
    // stay silent, drop the connection: nobody answers this pay.order any more
    ledger.takeAnswer(number);
    if (decision instanceof OrderDecision.DropConnection) {
      plans
          .connection(number)
          .forEach(
              connection ->
                  later(
                      Duration.ZERO,
                      () ->
                          connection.close(
                              CloseCodes.GOING_AWAY,
                              "the terminal dropped the connection (decided on the screen)")));
    }
    return Either.right(entry);
  }

  /** What the screen shows as the plan of an order after {@code decision}. */
  private static String planText(OrderDecision decision) {
    if (decision instanceof OrderDecision.StaySilent) {
      return "silent: the POS gets no answer; decide again to settle it";
    }
    if (decision instanceof OrderDecision.DropConnection) {
      return "connection dropped: decide again to settle it";
    }
    return decision.label();
  }

  /** The plan of an order in progress, for the screen. */
  Option<OrderPlans.Plan> planOf(MerchantOrderNo number) {
    return plans.plan(number);
  }

  /** {@code "115 transaction rejected (decided on the simulator's screen)"}'s text. */
  private static String decided(ResponseCode code) {
    return code.description() + " (decided on the simulator's screen)";
  }

  private static Either<DecisionRefused, LedgerEntry> refused(
      MerchantOrderNo number, String reason) {
    return Either.left(new DecisionRefused(number.value(), reason));
  }

  @Override
  public CompletionStage<TerminalResponse> query(
      TerminalRequest request, Validation<Seq<Violation>, MerchantOrderNo> merchantOrderNo) {
    Option<Refusal> refusal = refuseOrderNumber(request, merchantOrderNo);
    if (refusal.isDefined()) {
      return answer(refusal.get(), WireEcho.orderNumber(rawOrderNumber(request)));
    }
    MerchantOrderNo number = merchantOrderNo.get();
    return ledger
        .find(number)
        .map(entry -> now(success(reported(entry))))
        .getOrElse(() -> answer(notFound(number), WireEcho.orderNumber(number.value())));
  }

  @Override
  public CompletionStage<TerminalResponse> close(
      TerminalRequest request, Validation<Seq<Violation>, MerchantOrderNo> merchantOrderNo) {
    Option<Refusal> refusal = refuseOrderNumber(request, merchantOrderNo);
    if (refusal.isDefined()) {
      return answer(refusal.get(), WireEcho.orderNumber(rawOrderNumber(request)));
    }
    MerchantOrderNo number = merchantOrderNo.get();
    Object echo = WireEcho.orderNumber(number.value());
    Option<TerminalLedger.Transition> closing = ledger.close(number);
    if (closing.isEmpty()) {
      return answer(notFound(number), echo);
    }
    TerminalLedger.Transition transition = closing.get();
    if (transition.previous().equals(TransactionStatus.PROCESSING)) {
      plans.finish(number);
      screen.changed();
      transition
          .pendingAnswer()
          .forEach(
              pending ->
                  completeWith(
                      pending,
                      () ->
                          TerminalResponse.reply(
                              CANCELLED,
                              CANCELLED.description() + ": the order was closed",
                              reported(transition.entry()))));
      return now(success(echo));
    }
    if (transition.previous().equals(TransactionStatus.CLOSED)) {
      return now(success(echo));
    }
    return answer(
        new Refusal(
            ResponseCode.CLOSE_FAILED,
            "order "
                + number
                + " is "
                + transition.entry().status().label()
                + " and can no longer be closed"),
        echo);
  }

  /**
   * The outcome {@code plan} set a timer for falls due: it settles the order while the plan is
   * still the order's (a person's later decision replaces it) and a close did not come first.
   */
  private void settleIfCurrent(
      MerchantOrderNo number,
      OrderPlans.Plan plan,
      TransactionStatus status,
      Function<LedgerEntry, TerminalResponse> answer) {
    synchronized (planLock) {
      if (plans.isCurrent(number, plan)) {
        settleNow(number, status, answer);
      }
    }
  }

  /**
   * Gives a processing order its final {@code status} and answers its {@code pay.order}, if still
   * unanswered, with {@code answer}; refused when a close came first.
   */
  private Either<DecisionRefused, LedgerEntry> settleNow(
      MerchantOrderNo number,
      TransactionStatus status,
      Function<LedgerEntry, TerminalResponse> answer) {
    LocalDateTime now = LocalDateTime.ofInstant(clockNow(), options.zone());
    Option<TerminalLedger.Transition> settled = ledger.settle(number, status, now);
    if (settled.isEmpty()) {
      return refused(number, "order " + number + " was settled meanwhile");
    }
    plans.finish(number);
    TerminalLedger.Transition transition = settled.get();
    transition
        .pendingAnswer()
        .forEach(pending -> completeWith(pending, () -> answer.apply(transition.entry())));
    return Either.right(transition.entry());
  }

  private Instant clockNow() {
    return options.clock().instant();
  }

  /** An order as the terminal reports it: as the ledger has it, unless a trigger alters it. */
  private TransactionData reported(LedgerEntry entry) {
    TransactionData data = WireEcho.transaction(entry);
    OutcomeTrigger trigger = alteredReports.get(entry.merchantOrderNo());
    return trigger == null ? data : ReportedAs.alter(trigger, data);
  }

  /** Completes an answer; if building it fails, the dispatcher answers {@code 999} instead. */
  private static void completeWith(
      CompletableFuture<TerminalResponse> pending, Supplier<TerminalResponse> response) {
    try {
      pending.complete(response.get());
    } catch (RuntimeException bug) {
      pending.completeExceptionally(bug);
    }
  }

  private TerminalResponse outcomeAnswer(OutcomeTrigger trigger, LedgerEntry entry) {
    ResponseCode code = trigger.answer().getOrElse(ResponseCode.SUCCESS);
    String message = code.isSuccess() ? SUCCESS_MESSAGE : triggered(code, trigger);
    if (trigger.answerBody() == OutcomeTrigger.Answer.REQUEST_ECHO) {
      // the terminal does not tell the outcome: no status, no trans_no, only the request's fields
      return TerminalResponse.reply(code, message, WireEcho.request(entry.order()));
    }
    TerminalResponse.Reply reply = TerminalResponse.reply(code, message, reported(entry));
    return trigger == OutcomeTrigger.BINARY_ANSWER ? reply.inBinaryFrame() : reply;
  }

  /** {@code "103 transaction successful (test trigger .81)"}'s text. */
  private static String triggered(ResponseCode code, OutcomeTrigger trigger) {
    return code.description() + " (test trigger " + trigger.centsLabel() + ")";
  }

  private Option<Refusal> refuseOrderNumber(
      TerminalRequest request, Validation<Seq<Violation>, MerchantOrderNo> merchantOrderNo) {
    return notPaired(request)
        .orElse(() -> OrderScreening.wrongAppId(options, request))
        .orElse(
            () ->
                merchantOrderNo.isInvalid()
                    ? Option.some(Refusal.parameterError(merchantOrderNo.getError()))
                    : Option.none());
  }

  /** {@code 116} for a payment request of a POS that is not paired, when pairing is required. */
  private Option<Refusal> notPaired(TerminalRequest request) {
    if (!options.pairing().required()
        || pairings.pairedFrom(PairingBook.hostOf(request.connection().remoteAddress()))) {
      return Option.none();
    }
    return Option.some(
        new Refusal(
            NOT_LOGGED_IN,
            "this POS is not paired with terminal "
                + options.identity().serialNumber()
                + ", which requires pairing: send ecrhub.pair first"));
  }

  private CompletionStage<TerminalResponse> payInit(TerminalRequest request) {
    Option<Refusal> refusal =
        notPaired(request).orElse(() -> OrderScreening.wrongAppId(options, request));
    return refusal.isDefined() ? answer(refusal.get(), null) : now(success(PaymentMethods.TAKEN));
  }

  private CompletionStage<TerminalResponse> pair(TerminalRequest request) {
    Option<Refusal> refusal = pairingRefusal(request);
    if (refusal.isDefined()) {
      return answer(refusal.get(), null);
    }
    WireObject device = request.message().device();
    String mac = OrderScreening.rawText(device, "mac_address");
    String name = Objects.requireNonNullElse(OrderScreening.rawText(device, "device_name"), "");
    if (!options.pairing().accept()) {
      LOG.debug("pairing with {} ({}) refused", name, mac);
      return now(
          TerminalResponse.reply(
                  ResponseCode.REJECTED,
                  ResponseCode.REJECTED.description()
                      + ": pairing with "
                      + (name.isEmpty() ? mac : name)
                      + " was declined on the terminal",
                  null)
              .withDeviceData(terminalDevice()));
    }
    pairings.pair(
        new PairedPos(
            mac,
            name,
            Objects.requireNonNullElse(OrderScreening.rawText(device, "alias_name"), ""),
            PairingBook.hostOf(request.connection().remoteAddress())));
    return now(
        TerminalResponse.reply(ResponseCode.SUCCESS, SUCCESS_MESSAGE, null)
            .withDeviceData(terminalDevice()));
  }

  private CompletionStage<TerminalResponse> unpair(TerminalRequest request) {
    Option<Refusal> refusal = pairingRefusal(request);
    if (refusal.isDefined()) {
      return answer(refusal.get(), null);
    }
    // forgetting a POS that is not paired leaves the state asked for: success all the same
    pairings.unpair(OrderScreening.rawText(request.message().device(), "mac_address"));
    return now(
        TerminalResponse.reply(ResponseCode.SUCCESS, SUCCESS_MESSAGE, null)
            .withDeviceData(terminalDevice()));
  }

  /**
   * {@code 202} for a pairing request that names no MAC address, or another app id than this
   * terminal's; the vendor's SDKs send pairing requests without any app id, which is fine.
   */
  private Option<Refusal> pairingRefusal(TerminalRequest request) {
    if (request.message().appId().isDefined()) {
      Option<Refusal> wrongApp = OrderScreening.wrongAppId(options, request);
      if (wrongApp.isDefined()) {
        return wrongApp;
      }
    }
    String mac = OrderScreening.rawText(request.message().device(), "mac_address");
    return mac == null || mac.isBlank()
        ? Option.some(
            new Refusal(
                ResponseCode.PARAMETER_ERROR,
                "device_data.mac_address: is required, it names the POS to "
                    + (request.message().topic().equals(Topic.PAIR) ? "pair" : "unpair")))
        : Option.none();
  }

  private TerminalDeviceData terminalDevice() {
    TerminalIdentity identity = options.identity();
    return new TerminalDeviceData(
        identity.serialNumber(), identity.appName(), identity.appVersion(), null);
  }

  private static String rawOrderNumber(TerminalRequest request) {
    return OrderScreening.rawText(request.message().biz(), "merchant_order_no");
  }

  private static Refusal notFound(MerchantOrderNo number) {
    return new Refusal(ResponseCode.NOT_FOUND, "no order " + number + " on this terminal");
  }

  /**
   * Runs {@code task} after {@code delay} on the scheduler. A task that fails is logged, never lost
   * in an executor's future; a simulator that is shutting down drops it.
   */
  private void later(Duration delay, Runnable task) {
    Runnable guarded =
        () -> {
          try {
            task.run();
          } catch (RuntimeException bug) {
            LOG.error("simulator task failed", bug);
          }
        };
    try {
      scheduler.schedule(delay, guarded);
    } catch (RejectedExecutionException shuttingDown) {
      LOG.debug("simulator is shutting down; task dropped");
    }
  }

  private static TerminalResponse success(Object bizData) {
    return TerminalResponse.reply(ResponseCode.SUCCESS, SUCCESS_MESSAGE, bizData);
  }

  private static CompletionStage<TerminalResponse> answer(Refusal refusal, Object bizData) {
    LOG.debug("refused: {}", refusal.message());
    return now(TerminalResponse.reply(refusal.code(), refusal.message(), bizData));
  }

  private static CompletionStage<TerminalResponse> now(TerminalResponse response) {
    return CompletableFuture.completedFuture(response);
  }
}
