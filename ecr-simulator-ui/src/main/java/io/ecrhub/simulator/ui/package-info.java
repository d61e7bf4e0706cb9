/**
 * The terminal simulator's screen in a browser, {@link io.ecrhub.simulator.ui.SimulatorUi}: it
 * talks to the simulator only through {@link io.ecrhub.simulator.TerminalScreen}.
 */
package io.ecrhub.simulator.ui;
