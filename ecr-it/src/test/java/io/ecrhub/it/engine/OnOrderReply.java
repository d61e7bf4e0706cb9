package io.ecrhub.it.engine;

import io.ecrhub.transport.testkit.fault.Direction;
import io.ecrhub.transport.testkit.fault.FaultAction;
import io.ecrhub.transport.testkit.fault.FaultPlan;
import io.ecrhub.transport.testkit.fault.Frame;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A fault on the terminal's answer to one order: the first {@code pay.order} reply about {@code
 * orderNo} gets the action {@code fault} makes of its text; every other frame is delivered. Unlike
 * a {@link io.ecrhub.transport.testkit.fault.ScriptedFaults} rule, the action may be built from the
 * reply itself — e.g. a forged answer carrying its request id.
 */
final class OnOrderReply implements FaultPlan {

  private final String orderNo;
  private final Function<String, FaultAction> fault;
  private final AtomicInteger applied = new AtomicInteger();

  OnOrderReply(String orderNo, Function<String, FaultAction> fault) {
    this.orderNo = Objects.requireNonNull(orderNo, "orderNo");
    this.fault = Objects.requireNonNull(fault, "fault");
  }

  @Override
  public FaultAction onFrame(Frame frame) {
    if (frame.direction() == Direction.SERVER_TO_CLIENT
        && TerminalFrames.isOrderReply(frame.text(), orderNo)
        && applied.compareAndSet(0, 1)) {
      return fault.apply(frame.text());
    }
    return new FaultAction.Deliver();
  }

  /** Whether the reply came and was faulted: a scenario that never faulted proves nothing. */
  boolean applied() {
    return applied.get() == 1;
  }
}
