/**
 * Optional Micrometer metrics for {@code EcrClient}: {@code EcrMetrics} is a client listener that
 * turns the client's events into meters of the registry it is given.
 */
module io.ecrhub.metrics.micrometer {
  requires transitive io.ecrhub.app;
  requires transitive micrometer.core;

  exports io.ecrhub.metrics.micrometer;
}
