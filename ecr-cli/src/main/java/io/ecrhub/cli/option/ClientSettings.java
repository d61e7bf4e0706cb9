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
 * @param replyTimeout how long a {@code pay.order} answer may take
 * @param queryTimeout how long one {@code pay.query} or {@code pay.close} answer may take
 * @param recoveryDeadline how long an unsure payment is queried before it is reported unknown
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

  /** Settings from checked options: {@code options.check(...)} must have found nothing. */
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

  /** The terminal as output shows it: any password in its address replaced by {@code ***}. */
  public String shownTerminal() {
    return TerminalUris.redacted(terminal);
  }

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

  /** The builder's own checks, with its setting names turned into option names. */
  public void check(ViolationCollector violations) {
    try {
      builder().config();
    } catch (InvalidInputException invalid) {
      for (Violation violation : invalid.violations()) {
        violations.add(OptionNames.forField(violation.field()), violation.message());
      }
    }
  }

  /** How long to wait for {@link EcrClient#connect()} beyond its own timeout, as a safety net. */
  public Duration connectWait() {
    return connectTimeout.plusSeconds(5);
  }
}
