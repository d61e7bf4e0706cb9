/**
 * The terminal simulator's screen in a browser: {@code io.ecrhub.simulator.ui.SimulatorUi} serves
 * it over the JDK's HTTP server; everything else is implementation.
 */
module io.ecrhub.simulator.ui {
  requires transitive io.ecrhub.simulator;
  requires jdk.httpserver;
  requires jakarta.json;
  requires org.slf4j;

  exports io.ecrhub.simulator.ui;
}
