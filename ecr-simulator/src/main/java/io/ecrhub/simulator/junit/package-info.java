/**
 * The simulator in JUnit 5 tests: {@link io.ecrhub.simulator.junit.TerminalSimulatorExtension},
 * registered with {@code @RegisterExtension}, starts one per test class or per test method and
 * shows its address, its ledger and the frames it received. Needs {@code junit-jupiter-api} on the
 * test class path, which a JUnit 5 test has anyway.
 */
package io.ecrhub.simulator.junit;
