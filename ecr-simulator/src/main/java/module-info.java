/**
 * The terminal simulator: {@code io.ecrhub.simulator}, and its JUnit 5 extension in {@code
 * io.ecrhub.simulator.junit} (JUnit is needed only for that package).
 */
module io.ecrhub.simulator {
  requires transitive io.ecrhub.protocol;
  requires org.slf4j;
  requires static org.junit.jupiter.api;

  exports io.ecrhub.simulator;
  exports io.ecrhub.simulator.junit;
}
