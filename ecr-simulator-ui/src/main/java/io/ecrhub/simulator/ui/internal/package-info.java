/**
 * The simulator UI's HTTP server, request guard and event stream. Internal: public only so that
 * {@link io.ecrhub.simulator.ui.SimulatorUi} can start it; not exported by the module.
 */
package io.ecrhub.simulator.ui.internal;
