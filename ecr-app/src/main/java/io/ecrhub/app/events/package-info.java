/**
 * What an {@code EcrClient} tells a POS while it works, without polling: the connection's state
 * ("terminal offline"), each order handed over and each outcome decided, recoveries with the
 * outcomes they recovered (or why they failed), the round trip of every request, and frames the
 * terminal sent that could not be read. Register an {@link io.ecrhub.app.events.EcrClientListener}
 * with {@code EcrClient.builder().listener(...)}; {@code ecr-metrics-micrometer} is one.
 */
package io.ecrhub.app.events;
