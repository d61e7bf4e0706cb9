package io.ecrhub.transport.testkit.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Keeps every frame a faulty wire carries, for assertions such as "the POS sent exactly one
 * pay.order for order X" ({@link #countSent}) or "the terminal was given it twice" ({@link
 * #countDelivered}). Thread-safe; the lists it returns are copies.
 */
public final class FrameRecorder implements FrameObserver {

  private final List<SentFrame> sent = new ArrayList<>();
  private final List<DeliveredFrame> delivered = new ArrayList<>();

  @Override
  public synchronized void onSent(Frame frame, FaultAction action) {
    sent.add(new SentFrame(frame, action));
  }

  @Override
  public synchronized void onDelivered(Frame origin, String text) {
    delivered.add(new DeliveredFrame(origin, text));
  }

  /** Every frame sent, in the order it was sent on its direction. */
  public synchronized List<SentFrame> sent() {
    return List.copyOf(sent);
  }

  /**
   * The frames sent {@code direction}, in sending order per connection. Unlike {@link #sent()},
   * whose interleaving of the two directions depends on thread scheduling, this is repeatable.
   */
  public List<SentFrame> sent(Direction direction) {
    Objects.requireNonNull(direction, "direction");
    return sent().stream().filter(record -> record.frame().direction() == direction).toList();
  }

  /** The texts sent {@code direction}, as the sender sent them. */
  public List<String> sentTexts(Direction direction) {
    Objects.requireNonNull(direction, "direction");
    return sent(direction).stream().map(record -> record.frame().text()).toList();
  }

  /** How many frames sent {@code direction} have a text that passes {@code text}. */
  public long countSent(Direction direction, Predicate<String> text) {
    Objects.requireNonNull(text, "text");
    return sentTexts(direction).stream().filter(text).count();
  }

  /** Every text a listener was given, in the order each receiver was given them. */
  public synchronized List<DeliveredFrame> delivered() {
    return List.copyOf(delivered);
  }

  /** What the receiving side's listeners were given for frames travelling {@code direction}. */
  public List<DeliveredFrame> delivered(Direction direction) {
    Objects.requireNonNull(direction, "direction");
    return delivered().stream().filter(record -> record.direction() == direction).toList();
  }

  /**
   * The texts the receiving side's listeners were given for frames travelling {@code direction}.
   */
  public List<String> deliveredTexts(Direction direction) {
    Objects.requireNonNull(direction, "direction");
    return delivered(direction).stream().map(DeliveredFrame::text).toList();
  }

  /** How many texts given to listeners for {@code direction} pass {@code text}. */
  public long countDelivered(Direction direction, Predicate<String> text) {
    Objects.requireNonNull(text, "text");
    return deliveredTexts(direction).stream().filter(text).count();
  }

  /** Forgets everything recorded so far. */
  public synchronized void clear() {
    sent.clear();
    delivered.clear();
  }
}
