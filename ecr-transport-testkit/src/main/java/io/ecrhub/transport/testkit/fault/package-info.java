/**
 * Fault injection around any transport: {@link io.ecrhub.transport.testkit.fault.FaultInjection}
 * decorates a client or server transport so that a {@link
 * io.ecrhub.transport.testkit.fault.FaultPlan} drops, delays, duplicates, corrupts or replaces
 * frames, injects garbage before them, breaks connections, refuses or stalls connects and swallows
 * pongs — in both directions. {@link io.ecrhub.transport.testkit.fault.ScriptedFaults} scripts
 * exact frames ("drop the first reply"), {@link io.ecrhub.transport.testkit.fault.RandomFaults}
 * draws repeatable faults from a seed, and a {@link
 * io.ecrhub.transport.testkit.fault.FrameRecorder} sees what every frame became, for assertions on
 * what each side really saw.
 */
package io.ecrhub.transport.testkit.fault;
