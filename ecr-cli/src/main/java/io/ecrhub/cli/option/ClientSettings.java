package io.ecrhub.cli.option;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.app.api.EcrClientBuilder;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.cli.output.OptionNames;
import io.ecrhub.domain.validation.InvalidInputException;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.domain.validation.ViolationCollector;
import io.ecrhub.protocol.client.ClientDialect;
import io.ecrhub.protocol.client.TerminalUris;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;

/**
 * How a command's client is built: always through {@link EcrClient#builder()} — no injector, so
 * that a one-shot command starts fast — with recovery on connect off, since a command settles only
 * its own order ({@code ecr recover} settles the rest).
 *
 * @param terminal the terminal's URI as normalized by {@link TerminalAddress}; only the client sees
 *     it whole, output shows {@link #shownTerminal()}
 * @param appId the {@code app_id} every request carries
 * @param replyTimeout how long a {@code pay.order} answer may take
 * @param queryTimeout how long one {@code pay.query} or {@code pay.close} answer may take
 * @param recoveryDeadline how long an unsure payment is queried before it is reported unknown
 * @param connectTimeout how long connecting may take before the command gives up, nothing sent
 * @param discoveryInterface where an {@code sn:} terminal is searched for; empty for the default
 * @param dialect which optional envelope fields requests carry
 */
public record ClientSettings(
    String terminal,
    String appId,
    Duration replyTimeout,
    Duration queryTimeout,
    Duration recoveryDeadline,
    Duration connectTimeout,
    Optional<InetAddress> discoveryInterface,
    ClientDialect dialect) {

  /** A recovery query is short even when the order's own answer may take minutes. */
  static final Duration RECOVERY_QUERY_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Settings from checked options: {@code options.check(...)} must have found nothing.
   *
   * @param context the command's environment, for the fallbacks
   * @param options the checked terminal options
   * @param terminal the terminal's normalized URI
   * @param recoveryDeadline how long an unsure payment is queried before it is reported unknown
   * @return the settings; the query timeout is the reply timeout, capped at 10 s
   */
  public static ClientSettings of(
      CliContext context, TerminalOptions options, String terminal, Duration recoveryDeadline) {
    return new ClientSettings(
        terminal,
        options.appIdOrEnv(context),
        options.timeout,
        Durations.min(options.timeout, RECOVERY_QUERY_TIMEOUT),
        recoveryDeadline,
        options.connectTimeout,
        options.networkInterface.chosen(context),
        ClientDialect.defaults()
            .withRequestId(!options.noRequestId)
            .withVersion(options.sendVersion));
  }

  /**
   * The terminal as output shows it: any password in its address replaced by {@code ***}.
   *
   * @return the redacted address
   */
  public String shownTerminal() {
    return TerminalUris.redacted(terminal);
  }

  /**
   * These settings with another timeout for each {@code pay.query} and {@code pay.close} answer.
   *
   * @param value the timeout
   * @return a copy with that query timeout
   */
  public ClientSettings withQueryTimeout(Duration value) {
    return new ClientSettings(
        terminal,
        appId,
        replyTimeout,
        value,
        recoveryDeadline,
        connectTimeout,
        discoveryInterface,
        dialect);
  }

  /**
   * A client builder with these settings and recovery on connect off.
   *
   * @return a new builder; each call makes another
   */
  public EcrClientBuilder builder() {
    EcrClientBuilder builder = EcrClient.builder();
    discoveryInterface.ifPresent(builder::discoveryInterface);
    return builder
        .dialect(dialect)
        .terminal(terminal)
        .appId(appId)
        .replyTimeout(replyTimeout)
        .queryTimeout(queryTimeout)
        .recoveryDeadline(recoveryDeadline)
        .connectTimeout(connectTimeout)
        .recoverOnConnect(false);
  }

  /**
   * The builder's own checks, with its setting names turned into option names.
   *
   * @param violations collects the builder's violations under the CLI's option names
   */
  public void check(ViolationCollector violations) {
    try {
      builder().config();
    } catch (InvalidInputException invalid) {
      for (Violation violation : invalid.violations()) {
        violations.add(OptionNames.forField(violation.field()), violation.message());
      }
    }
  }

  /**
   * How long to wait for {@link EcrClient#connect()} beyond its own timeout, as a safety net.
   *
   * @return the connect timeout plus 5 s
   */
  public Duration connectWait() {
    return connectTimeout.plusSeconds(5);
  }
}
