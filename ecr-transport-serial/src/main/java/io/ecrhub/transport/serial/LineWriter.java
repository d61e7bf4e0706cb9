package io.ecrhub.transport.serial;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Writes frames to one line in the order they were given, off the caller's thread: the reader never
 * blocks on a write (two ends that both wait to write while neither reads would lock up).
 */
final class LineWriter {

  private final SerialLine line;
  private final TaskQueue queue;
  private final Consumer<IOException> onFailure;
  private volatile boolean failed;

  LineWriter(SerialLine line, Executor pool, Consumer<IOException> onFailure) {
    this.line = line;
    this.queue = new TaskQueue(pool);
    this.onFailure = onFailure;
  }

  /** Queues {@code bytes}; a failed line drops them (the link is being torn down). */
  void write(byte[] bytes) {
    queue.execute(
        () -> {
          if (failed) {
            return;
          }
          try {
            line.write(bytes);
          } catch (IOException lost) {
            failed = true;
            onFailure.accept(lost);
          }
        });
  }

  /** Closes the line once every write queued before has left. */
  void closeLineAfterWrites(Runnable then) {
    queue.execute(
        () -> {
          failed = true;
          line.close();
          then.run();
        });
  }
}
