package io.ecrhub.cli.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A directory that lives as long as one command: created empty, deleted with everything in it on
 * {@link #close()}. For the throw-away journals of {@code ecr demo} and the start-up training run.
 */
public final class TemporaryDirectory implements AutoCloseable {

  private final Path path;

  private TemporaryDirectory(Path path) {
    this.path = path;
  }

  /**
   * Creates an empty directory in the system's temporary directory.
   *
   * @param prefix the start of its name, saying whose it is
   * @return the new directory
   * @throws UncheckedIOException when it cannot be created
   */
  public static TemporaryDirectory create(String prefix) {
    try {
      return new TemporaryDirectory(Files.createTempDirectory(prefix));
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /**
   * Where it is.
   *
   * @return the directory's path
   */
  public Path path() {
    return path;
  }

  /**
   * Deletes the directory and everything in it.
   *
   * @throws UncheckedIOException when something in it cannot be deleted
   */
  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(TemporaryDirectory::delete);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
