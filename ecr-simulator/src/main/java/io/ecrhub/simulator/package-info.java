/**
 * A WiseCashier terminal in software, served over any transport of the SPI: {@link
 * io.ecrhub.simulator.TerminalSimulator} starts one, {@link io.ecrhub.simulator.SimulatedTerminal}
 * is its behaviour, {@link io.ecrhub.simulator.TerminalLedger} its record of every order, and
 * {@link io.ecrhub.simulator.OutcomeTrigger} lists the amounts that make it fail on purpose, and
 * {@link io.ecrhub.simulator.TerminalScreen} is what a person sees of it and decides on it by hand
 * ({@link io.ecrhub.simulator.OrderDecision}, manual mode).
 *
 * <p>Plain constructors only: the simulator is used by tests, by the command line and by POS
 * developers who do not use Guice.
 */
package io.ecrhub.simulator;
