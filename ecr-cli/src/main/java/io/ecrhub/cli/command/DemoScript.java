package io.ecrhub.cli.command;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.cli.output.Outcome;
import io.ecrhub.cli.output.Report;
import io.ecrhub.cli.output.Reports;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.PaymentOutcome;
import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The walk through the product that {@code ecr demo} takes, each step with what the simulator's
 * rules say must come of it. The steps build on each other: the refund refunds the first sale, the
 * void voids the tipped one, the completion completes the pre-authorisation.
 */
final class DemoScript {

  private static final String APPROVED = "000";
  private static final String COMPLETED = "2";
  private static final String CLOSED = "1";
  private static final String CANCELLED = "3";

  private final EcrClient client;
  private final String terminal;

  /** The sale the close step leaves in flight; the step after it collects its outcome. */
  private CompletableFuture<PaymentOutcome> closedSale;

  DemoScript(EcrClient client) {
    this.client = client;
    this.terminal = client.terminal();
  }

  List<DemoStep> steps() {
    return List.of(
        DemoStep.expecting(
            "sale 10.00",
            Outcome.APPROVED,
            APPROVED,
            COMPLETED,
            () -> pay("sale", OrderDraft.sale().merchantOrderNo("DEMO01").orderAmount("10.00"))),
        DemoStep.expecting("query DEMO01", Outcome.OK, APPROVED, COMPLETED, () -> query("DEMO01")),
        DemoStep.expecting(
            "sale 20.00 with a 3.00 tip",
            Outcome.APPROVED,
            APPROVED,
            COMPLETED,
            () ->
                pay(
                    "sale",
                    OrderDraft.sale()
                        .merchantOrderNo("DEMO03")
                        .orderAmount("20.00")
                        .tipAmount("3.00"))),
        DemoStep.expecting(
            "cashback sale 30.00, 10.00 cash out",
            Outcome.APPROVED,
            APPROVED,
            COMPLETED,
            () ->
                pay(
                    "cashback",
                    OrderDraft.cashback()
                        .merchantOrderNo("DEMO04")
                        .orderAmount("30.00")
                        .cashbackAmount("10.00"))),
        DemoStep.expecting(
            "pre-authorisation 50.00",
            Outcome.APPROVED,
            APPROVED,
            COMPLETED,
            () ->
                pay(
                    "preauth",
                    OrderDraft.preAuth().merchantOrderNo("DEMO05").orderAmount("50.00"))),
        DemoStep.expecting(
            "completion 45.00 of DEMO05",
            Outcome.APPROVED,
            APPROVED,
            COMPLETED,
            () ->
                pay(
                    "completion",
                    OrderDraft.completion()
                        .merchantOrderNo("DEMO06")
                        .origMerchantOrderNo("DEMO05")
                        .orderAmount("45.00"))),
        DemoStep.expecting(
            "fuel sale 23.50: 10.000 l of 01, 5.250 l of 02",
            Outcome.APPROVED,
            APPROVED,
            COMPLETED,
            () ->
                pay(
                    "sale",
                    OrderDraft.sale()
                        .merchantOrderNo("DEMO07")
                        .orderAmount("23.50")
                        .forecourtItem("01", "10.000", "1500")
                        .forecourtItem("02", "5.250", "850"))),
        DemoStep.expecting(
            "refund 4.00 of DEMO01",
            Outcome.APPROVED,
            APPROVED,
            COMPLETED,
            () ->
                pay(
                    "refund",
                    OrderDraft.refund()
                        .merchantOrderNo("DEMO08")
                        .origMerchantOrderNo("DEMO01")
                        .orderAmount("4.00"))),
        DemoStep.expecting(
            "void DEMO03",
            Outcome.APPROVED,
            APPROVED,
            COMPLETED,
            () ->
                pay(
                    "void",
                    OrderDraft.voidOrder()
                        .merchantOrderNo("DEMO09")
                        .origMerchantOrderNo("DEMO03")
                        .orderAmount("20.00"))),
        DemoStep.expecting(
            "query DEMO03 after its void", Outcome.OK, APPROVED, CANCELLED, () -> query("DEMO03")),
        DemoStep.expecting(
            "declined sale 10.91 (trigger .91)",
            Outcome.DECLINED,
            "115",
            CLOSED,
            () -> pay("sale", OrderDraft.sale().merchantOrderNo("DEMO11").orderAmount("10.91"))),
        DemoStep.expecting(
            "unanswered sale 10.94, settled by query",
            Outcome.APPROVED,
            APPROVED,
            COMPLETED,
            () -> pay("sale", OrderDraft.sale().merchantOrderNo("DEMO12").orderAmount("10.94"))),
        new DemoStep(
            "close DEMO13 while it is processing",
            Outcome.OK,
            APPROVED,
            Option.none(),
            this::closeWhileProcessing),
        DemoStep.expecting(
            "the closed sale DEMO13, settled by query",
            Outcome.DECLINED,
            APPROVED,
            CLOSED,
            this::closedSaleOutcome));
  }

  private Report pay(String command, OrderDraft draft) {
    return Reports.payment(command, terminal, draft.build(), client.submit(draft));
  }

  private Report query(String number) {
    MerchantOrderNo orderNo = new MerchantOrderNo(number);
    return Reports.query(terminal, orderNo, client.query(orderNo));
  }

  /**
   * Sends an order the simulator never answers (.94), then closes it. The close follows the order
   * on the same connection, so the terminal has the order by the time it reads the close.
   */
  private Report closeWhileProcessing() {
    MerchantOrderNo number = new MerchantOrderNo("DEMO13");
    closedSale =
        client.submitAsync(OrderDraft.sale().merchantOrderNo(number.value()).orderAmount("10.94"));
    return Reports.close(terminal, number, client.closeOrder(number));
  }

  private Report closedSaleOutcome() {
    OrderDraft draft = OrderDraft.sale().merchantOrderNo("DEMO13").orderAmount("10.94");
    return Reports.payment("sale", terminal, draft.build(), closedSale.join());
  }
}
