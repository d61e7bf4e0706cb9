package io.ecrhub.domain.journal;

import io.ecrhub.domain.port.PairedTerminal;
import io.ecrhub.domain.port.PairedTerminals;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** Pairings kept in memory, for tests and for a POS that pairs on every start. */
public final class InMemoryPairedTerminals implements PairedTerminals {

  private final AtomicReference<TreeMap<String, PairedTerminal>> bySerialNumber =
      new AtomicReference<>(TreeMap.empty());

  @Override
  public void remember(PairedTerminal terminal) {
    Objects.requireNonNull(terminal, "terminal");
    bySerialNumber.updateAndGet(map -> map.put(terminal.serialNumber(), terminal));
  }

  @Override
  public boolean forget(String serialNumber) {
    TreeMap<String, PairedTerminal> before =
        bySerialNumber.getAndUpdate(map -> map.remove(serialNumber));
    return before.containsKey(serialNumber);
  }

  @Override
  public Option<PairedTerminal> find(String serialNumber) {
    return bySerialNumber.get().get(serialNumber);
  }

  @Override
  public Seq<PairedTerminal> list() {
    return bySerialNumber.get().values();
  }
}
