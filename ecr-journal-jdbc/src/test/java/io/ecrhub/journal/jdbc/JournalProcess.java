package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.port.DuplicateOrderException;
import io.ecrhub.domain.port.JournalEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;

/**
 * A process of its own on a shared journal, for the multi-process tests: it prints {@value #READY},
 * waits for a line on its standard input so that all processes act at the same moment, does one
 * thing and prints what happened, one line per order.
 *
 * <ul>
 *   <li>{@code open URL}: opens (and so migrates) the journal, prints {@code opened}.
 *   <li>{@code record URL TILL COUNT SEED}: records orders N0… in a shuffled order as till TILL,
 *       prints {@code recorded N} or {@code duplicate N} for each.
 *   <li>{@code claim URL TILL PREFIX COUNT}: claims PREFIX0… for a minute, prints {@code claimed X}
 *       for each one it got.
 *   <li>{@code claim-then-halt URL TILL PREFIX COUNT}: claims like {@code claim}, prints {@value
 *       #HOLDING}, and dies at once, as a crashing recoverer does.
 *   <li>{@code claim-then-hold …}: claims, prints {@value #HOLDING}, and holds its claims until its
 *       standard input is closed.
 * </ul>
 *
 * The first line it prints after {@value #READY} is {@code process <its process id>}.
 */
final class JournalProcess {

  static final String READY = "ready";
  static final String HOLDING = "holding";

  private JournalProcess() {}

  public static void main(String[] arguments) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String command = arguments[0];
    String url = arguments[1];
    // load the drivers and this code before the start signal, so that the processes act together
    JdbcOrderJournal.defaultTillId();
    TestEntries.sale("WARM1");
    out.println(READY);
    if (in.readLine() == null) {
      return;
    }
    switch (command) {
      case "open" -> open(url, out);
      case "record" -> record(url, arguments[2], Integer.parseInt(arguments[3]), arguments[4], out);
      case "claim" -> claim(url, arguments[2], arguments[3], Integer.parseInt(arguments[4]), out);
      case "claim-then-halt" -> {
        claim(url, arguments[2], arguments[3], Integer.parseInt(arguments[4]), out);
        out.println(HOLDING);
        Runtime.getRuntime().halt(0);
      }
      case "claim-then-hold" -> {
        claim(url, arguments[2], arguments[3], Integer.parseInt(arguments[4]), out);
        out.println(HOLDING);
        while (in.readLine() != null) {
          // holds its claims until the test closes its input
        }
      }
      default -> throw new IllegalArgumentException("unknown command " + command);
    }
  }

  private static void open(String url, PrintStream out) {
    try (JdbcOrderJournal journal = JdbcOrderJournal.open(url)) {
      out.println("opened " + journal.writer().processId());
    }
  }

  private static void record(String url, String till, int count, String seed, PrintStream out) {
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      numbers.add(i);
    }
    Collections.shuffle(numbers, new Random(Long.parseLong(seed)));
    try (JdbcOrderJournal journal =
        JdbcOrderJournal.open(url, new Properties(), JdbcOrderJournal.writerFor(till))) {
      out.println("process " + journal.writer().processId());
      for (int i : numbers) {
        String number = "N" + i;
        try {
          journal.recordPending(
              JournalEntry.pending(
                  journal.writer(), TestEntries.TERMINAL, TestEntries.sale(number), Instant.now()));
          out.println("recorded " + number);
        } catch (DuplicateOrderException taken) {
          out.println("duplicate " + number);
        }
      }
    }
  }

  private static void claim(String url, String till, String prefix, int count, PrintStream out) {
    JdbcOrderJournal journal =
        JdbcOrderJournal.open(url, new Properties(), JdbcOrderJournal.writerFor(till));
    out.println("process " + journal.writer().processId());
    for (int i = 0; i < count; i++) {
      Instant now = Instant.now();
      String number = prefix + i;
      if (journal.claim(new MerchantOrderNo(number), now, now.plus(Duration.ofMinutes(1)))) {
        out.println("claimed " + number);
      }
    }
    // left open on purpose: a halted process never closes it, a holding one closes it at its exit
  }
}
