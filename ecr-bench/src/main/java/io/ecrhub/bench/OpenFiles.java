package io.ecrhub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The open-file limit of this process, which bounds how many connections it can hold. */
final class OpenFiles {

  private OpenFiles() {}

  /** The soft limit from {@code /proc/self/limits}, or {@code "unknown"} off Linux. */
  static String limit() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
        if (line.startsWith("Max open files")) {
          String[] columns = line.substring("Max open files".length()).trim().split("\\s+");
          return columns[0] + " (hard " + columns[1] + ")";
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // not Linux, or no procfs
    }
    return "unknown";
  }
}
