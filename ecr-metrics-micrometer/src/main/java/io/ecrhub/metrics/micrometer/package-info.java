/**
 * Micrometer meters for the ecr-hub client, built on its listener API ({@code
 * io.ecrhub.app.events}) and nothing else: {@link io.ecrhub.metrics.micrometer.EcrMetrics}.
 */
package io.ecrhub.metrics.micrometer;
