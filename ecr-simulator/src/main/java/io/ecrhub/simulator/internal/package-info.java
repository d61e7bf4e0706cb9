/**
 * The simulated terminal's request screening, wire echoes and pairing book. Internal: public only
 * for the package {@code io.ecrhub.simulator}; not exported by the module, and it may change
 * without notice.
 */
package io.ecrhub.simulator.internal;
