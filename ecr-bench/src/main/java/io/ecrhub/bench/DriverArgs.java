package io.ecrhub.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} options of a driver's {@code main}. Every option has a default; an
 * unknown name or a malformed value fails at once, naming the option.
 */
final class DriverArgs {

  private final Map<String, String> values = new LinkedHashMap<>();
  private final List<String> rest = new ArrayList<>();

  private DriverArgs() {}

  /**
   * Reads {@code args}; everything after {@code --} is kept as is ({@link #rest()}).
   *
   * @param known the option names this driver takes, without the dashes
   * @throws IllegalArgumentException for an unknown option or one without a value
   */
  static DriverArgs parse(String[] args, Set<String> known) {
    DriverArgs parsed = new DriverArgs();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        parsed.rest.addAll(List.of(args).subList(i + 1, args.length));
        break;
      }
      String name = args[i].startsWith("--") ? args[i].substring(2) : null;
      if (name == null || !known.contains(name)) {
        throw new IllegalArgumentException(
            "unknown option " + args[i] + "; the options are --" + String.join(", --", known));
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option --" + name + " needs a value");
      }
      parsed.values.put(name, args[++i]);
    }
    return parsed;
  }

  /** What followed {@code --}. */
  List<String> rest() {
    return List.copyOf(rest);
  }

  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  int integer(String name, int fallback) {
    String value = values.get(name);
    try {
      return value == null ? fallback : Integer.parseInt(value.strip());
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException("--" + name + " must be a whole number, got " + value);
    }
  }

  List<Integer> integers(String name, List<Integer> fallback) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    List<Integer> numbers = new ArrayList<>();
    for (String part : value.split(",")) {
      try {
        numbers.add(Integer.parseInt(part.strip()));
      } catch (NumberFormatException notANumber) {
        throw new IllegalArgumentException(
            "--" + name + " must be whole numbers separated by commas, got " + value);
      }
    }
    return numbers;
  }

  Duration millis(String name, Duration fallback) {
    String value = values.get(name);
    return value == null ? fallback : Duration.ofMillis(integer(name, 0));
  }
}
