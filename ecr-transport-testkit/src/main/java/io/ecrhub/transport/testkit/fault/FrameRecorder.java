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

  /**
   * Every frame sent, in the order it was sent on its direction.
   *
   * @return a copy; the two directions' interleaving depends on thread scheduling
   */
  public synchronized List<SentFrame> sent() {
    return List.copyOf(sent);
  }

  /**
   * The frames sent {@code direction}, in sending order per connection. Unlike {@link #sent()},
   * whose interleaving of the two directions depends on thread scheduling, this is repeatable.
   *
   * @param direction the direction to keep; not null
   * @return a copy, with the action applied to each frame
   */
  public List<SentFrame> sent(Direction direction) {
    Objects.requireNonNull(direction, "direction");
    return sent().stream().filter(record -> record.frame().direction() == direction).toList();
  }

  /**
   * The texts sent {@code direction}, as the sender sent them.
   *
   * @param direction the direction to keep; not null
   * @return a copy, in sending order per connection
   */
  public List<String> sentTexts(Direction direction) {
    Objects.requireNonNull(direction, "direction");
    return sent(direction).stream().map(record -> record.frame().text()).toList();
  }

  /**
   * How many frames sent {@code direction} have a text that passes {@code text}.
   *
   * @param direction the direction to count; not null
   * @param text the condition on the text as sent, e.g. {@code t -> t.contains("pay.order")}
   * @return the count, dropped and duplicated frames counted once
   */
  public long countSent(Direction direction, Predicate<String> text) {
    Objects.requireNonNull(text, "text");
    return sentTexts(direction).stream().filter(text).count();
  }

  /**
   * Every text a listener was given, in the order each receiver was given them.
   *
   * @return a copy; every copy the wire passed on (see {@link FrameObserver#onDelivered})
   */
  public synchronized List<DeliveredFrame> delivered() {
    return List.copyOf(delivered);
  }

  /**
   * What the receiving side's listeners were given for frames travelling {@code direction}.
   *
   * @param direction the direction to keep; not null
   * @return a copy, with the frame each text stems from
   */
  public List<DeliveredFrame> delivered(Direction direction) {
    Objects.requireNonNull(direction, "direction");
    return delivered().stream().filter(record -> record.direction() == direction).toList();
  }

  /**
   * The texts the receiving side's listeners were given for frames travelling {@code direction}.
   *
   * @param direction the direction to keep; not null
   * @return a copy: duplicates appear twice, dropped frames not at all
   */
  public List<String> deliveredTexts(Direction direction) {
    Objects.requireNonNull(direction, "direction");
    return delivered(direction).stream().map(DeliveredFrame::text).toList();
  }

  /**
   * How many texts given to listeners for {@code direction} pass {@code text}.
   *
   * @param direction the direction to count; not null
   * @param text the condition on the text as passed on
   * @return the count, a duplicate counted twice
   */
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
