package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.port.JournalException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Makes the place of an SQLite journal file before SQLite opens it: its missing directories, and
 * the file itself when it does not exist yet, both readable by their owner only (0700 and 0600) on
 * file systems with POSIX permissions. A journal tells who paid what and when; other users of the
 * machine have no business reading it. SQLite gives its log files ({@code -wal}, {@code -shm}) the
 * permissions of the journal file. Existing directories and files are left as they are.
 */
final class OwnerOnlyFiles {

  static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private OwnerOnlyFiles() {}

  /**
   * @throws JournalException when the directory or the file cannot be made, naming the journal and
   *     what is in the way
   */
  static void prepare(JournalLocation.SqliteFile location) {
    Path file = location.file();
    Path directory = file.getParent();
    boolean posix = supportsPosix(file.getFileSystem());
    try {
      if (directory != null) {
        createDirectories(directory, posix);
      }
    } catch (FileAlreadyExistsException inTheWay) {
      throw new JournalException(
          "cannot open the order journal at "
              + location.jdbcUrl()
              + ": cannot create its directory, "
              + inTheWay.getFile()
              + " is in the way and is not a directory",
          inTheWay);
    } catch (IOException failure) {
      throw new JournalException(
          "cannot open the order journal at "
              + location.jdbcUrl()
              + ": cannot create its directory "
              + directory
              + ": "
              + failure,
          failure);
    }
    if (Files.isDirectory(file)) {
      throw new JournalException(
          "cannot open the order journal at "
              + location.jdbcUrl()
              + ": "
              + file
              + " is a directory, not a journal file");
    }
    try {
      if (posix) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
      }
    } catch (FileAlreadyExistsException existing) {
      // an existing journal keeps the permissions its owner gave it
    } catch (IOException failure) {
      throw new JournalException(
          "cannot open the order journal at "
              + location.jdbcUrl()
              + ": cannot create "
              + file
              + ": "
              + failure,
          failure);
    }
  }

  /** Like {@link Files#createDirectories}, each directory it creates owner-only. */
  private static void createDirectories(Path directory, boolean posix) throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    Path parent = directory.toAbsolutePath().getParent();
    if (parent != null) {
      createDirectories(parent, posix);
    }
    FileAttribute<?>[] attributes =
        posix
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(DIRECTORY)}
            : new FileAttribute<?>[0];
    try {
      Files.createDirectory(directory, attributes);
    } catch (FileAlreadyExistsException existing) {
      if (!Files.isDirectory(directory)) {
        throw existing; // a file is in the way
      }
      // another process created it at the same moment
    }
  }

  private static boolean supportsPosix(FileSystem fileSystem) {
    return fileSystem.supportedFileAttributeViews().contains("posix");
  }
}
