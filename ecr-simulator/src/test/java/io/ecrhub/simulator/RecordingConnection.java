package io.ecrhub.simulator;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.TransportException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** A connection that records what the terminal sends on it and whether it was closed. */
final class RecordingConnection implements Connection {

  private final String id;
  private final List<String> frames = new CopyOnWriteArrayList<>();
  private final List<Integer> closeCodes = new CopyOnWriteArrayList<>();
  private volatile boolean open = true;

  RecordingConnection(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String remoteAddress() {
    return "test:" + id;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public CompletionStage<Void> send(String text) {
    if (!open) {
      return CompletableFuture.failedFuture(
          new TransportException(TransportException.Kind.NOT_OPEN, id + " is closed"));
    }
    frames.add(text);
    return CompletableFuture.completedFuture(null);
  }

  /** The terminal answers in text frames; a binary one would be a bug of the dispatcher. */
  @Override
  public CompletionStage<Void> sendBinary(byte[] data) {
    throw new UnsupportedOperationException("the simulator sent a binary frame on " + id);
  }

  @Override
  public synchronized void close(int code, String reason) {
    if (open) {
      open = false;
      closeCodes.add(code);
    }
  }

  /** Every answer sent on this connection so far, in order. */
  List<Answer> answers() {
    return frames.stream().map(Answer::of).toList();
  }

  /** The only answer sent so far; fails when there is none or more than one. */
  Answer onlyAnswer() {
    List<Answer> answers = answers();
    if (answers.size() != 1) {
      throw new AssertionError("expected exactly one answer on " + id + ", got " + frames);
    }
    return answers.get(0);
  }

  Answer lastAnswer() {
    List<Answer> answers = answers();
    if (answers.isEmpty()) {
      throw new AssertionError("no answer on " + id);
    }
    return answers.get(answers.size() - 1);
  }

  int answerCount() {
    return frames.size();
  }

  /** The close codes the terminal used, at most one. */
  List<Integer> closeCodes() {
    return List.copyOf(closeCodes);
  }
}
