/**
 * The {@code ecr} command line: {@link io.ecrhub.cli.EcrCommandLine} is the main class of {@code
 * ecr.jar}. Terminal commands ({@code sale}, {@code query}, …) build an {@link
 * io.ecrhub.app.api.EcrClient} with the durable journal and print a result for a person or, with
 * {@code --json}, one JSON object; {@code simulate} and {@code demo} serve the terminal simulator;
 * {@code recover} and {@code journal} settle and list what the journal holds.
 *
 * <p>Exit codes: see {@link io.ecrhub.cli.EcrCommandLine}. Everything else in this package is
 * internal to the command line.
 */
package io.ecrhub.cli;
