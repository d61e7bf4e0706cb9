package io.ecrhub.cli.option;

import io.ecrhub.cli.output.TerminalText;
import io.ecrhub.domain.model.PayScenario;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.validation.ViolationCollector;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The optional fields every {@code pay.order} may carry. Values are handed to the {@link
 * OrderDraft} as typed, so that the domain's rules — the same ones a POS meets through the API —
 * judge them.
 */
public final class OrderTextOptions {

  @Option(
      names = "--pay-method",
      paramLabel = "ID",
      description = "pay_method_id, e.g. Visa, MasterCard, Alipay.")
  String payMethod;

  @Option(
      names = "--scenario",
      paramLabel = "SCENARIO",
      description = "pay_scenario: SWIPE_CARD, SCANQR_PAY or BSCANQR_PAY.")
  String scenario;

  @Option(names = "--description", paramLabel = "TEXT", description = "Goods or service.")
  String description;

  @Option(
      names = "--attach",
      paramLabel = "TEXT",
      description = "Merchant data, returned by the terminal as is.")
  String attach;

  @Option(names = "--notify-url", paramLabel = "URL", description = "Gateway callback URL.")
  String notifyUrl;

  @Option(
      names = "--expires",
      paramLabel = "SECONDS",
      description = "Seconds after which the order may no longer be paid, e.g. 180.")
  String expires;

  @Option(
      names = "--confirm-on-terminal",
      description = "confirm_on_terminal: the order is confirmed on the terminal before the card.")
  boolean confirmOnTerminal;

  @Option(
      names = "--manager-auth",
      description =
          "required_terminal_authentication: the terminal asks for a manager's authorisation.")
  boolean managerAuth;

  /**
   * The scenarios the terminal knows: the protocol keeps {@code pay_scenario} open for new ones,
   * but at a shell an unknown name is a typo, refused before anything is sent.
   *
   * @param violations collects an unknown {@code --scenario} name
   */
  public void check(ViolationCollector violations) {
    List<String> known =
        List.of(
            PayScenario.SWIPE_CARD.name(),
            PayScenario.SCAN_QR_PAY.name(),
            PayScenario.B_SCAN_QR_PAY.name());
    if (scenario != null && !known.contains(scenario)) {
      violations.add(
          "--scenario",
          "must be one of "
              + String.join(", ", known)
              + ", got '"
              + TerminalText.shown(scenario)
              + "'");
    }
  }

  /**
   * Hands the text options to {@code draft} as typed ({@code null} when not given), and the two
   * flags when set.
   *
   * @param draft the order being built
   */
  public void applyTo(OrderDraft draft) {
    draft
        .payMethodId(payMethod)
        .payScenario(scenario)
        .description(description)
        .attach(attach)
        .notifyUrl(notifyUrl)
        .expires(expires);
    if (confirmOnTerminal) {
      draft.confirmOnTerminal(true);
    }
    if (managerAuth) {
      draft.requiredTerminalAuthentication(true);
    }
  }
}
