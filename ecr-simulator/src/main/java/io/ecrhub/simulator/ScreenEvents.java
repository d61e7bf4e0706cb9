package io.ecrhub.simulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's screen watchers, and the one place that tells them. Costs a read of an empty list
 * when no screen is open, so a simulator under load pays nothing for it.
 */
final class ScreenEvents {

  private static final Logger LOG = LoggerFactory.getLogger(ScreenEvents.class);

  private final List<ScreenWatcher> watchers = new CopyOnWriteArrayList<>();

  /** Starts telling {@code watcher}; closing the result stops it. */
  TerminalScreen.Watch add(ScreenWatcher watcher) {
    watchers.add(watcher);
    return () -> watchers.remove(watcher);
  }

  void changed() {
    for (ScreenWatcher watcher : watchers) {
      try {
        watcher.changed();
      } catch (RuntimeException bug) {
        LOG.warn("a screen watcher failed", bug);
      }
    }
  }

  void wire(WireEvent event) {
    for (ScreenWatcher watcher : watchers) {
      try {
        watcher.wire(event);
      } catch (RuntimeException bug) {
        LOG.warn("a screen watcher failed", bug);
      }
    }
  }
}
