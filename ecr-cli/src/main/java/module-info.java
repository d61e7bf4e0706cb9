/** The {@code ecr} command line; {@code io.ecrhub.cli.EcrCommandLine} is its main class. */
module io.ecrhub.cli {
  requires io.ecrhub.app;
  requires io.ecrhub.simulator;
  requires io.ecrhub.simulator.ui;
  requires io.ecrhub.journal.jdbc;
  requires io.ecrhub.discovery;
  requires io.ecrhub.transport.tyrus;
  requires io.ecrhub.transport.tyrus.server;
  requires io.ecrhub.transport.serial;
  requires info.picocli;
  requires jakarta.json;
  requires org.slf4j;
  requires jul.to.slf4j;
  requires java.logging;

  exports io.ecrhub.cli;

  // picocli reads and sets the annotated commands and options reflectively
  opens io.ecrhub.cli to
      info.picocli;
  opens io.ecrhub.cli.command to
      info.picocli;
  opens io.ecrhub.cli.option to
      info.picocli;
}
