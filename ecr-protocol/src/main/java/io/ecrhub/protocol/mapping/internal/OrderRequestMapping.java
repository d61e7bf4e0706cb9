package io.ecrhub.protocol.mapping.internal;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.ForecourtItem;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.NotifyUrl;
import io.ecrhub.domain.model.PayMethod;
import io.ecrhub.domain.model.PayScenario;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.order.OrderOptions;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.protocol.codec.WireObject;
import io.ecrhub.protocol.wire.ForecourtItemData;
import io.ecrhub.protocol.wire.OrderRequestData;
import io.vavr.control.Option;
import java.math.BigDecimal;

/**
 * {@code ecrhub.pay.order} requests, both ways: the POS writes a {@link PaymentOrder}; the terminal
 * side reads the wire into an {@link OrderDraft}, so that a malformed order is reported field by
 * field with the domain's own rules.
 */
public final class OrderRequestMapping {

  private OrderRequestMapping() {}

  /**
   * The wire form of a valid order: exact amounts, absent options left out.
   *
   * @param order the validated order
   * @return the {@code biz_data} of its {@code ecrhub.pay.order} request
   */
  public static OrderRequestData toWire(PaymentOrder order) {
    OrderOptions options = order.options();
    return new OrderRequestData(
        order.type().code(),
        order.merchantOrderNo().value(),
        order.origMerchantOrderNo().map(MerchantOrderNo::value).getOrNull(),
        order.orderAmount().value(),
        decimal(order.tipAmount()),
        decimal(order.cashbackAmount()),
        options.payMethod().map(PayMethod::id).getOrNull(),
        options.payScenario().map(PayScenario::name).getOrNull(),
        options.attach().getOrNull(),
        options.description().getOrNull(),
        options.notifyUrl().map(NotifyUrl::value).getOrNull(),
        options.expiresSeconds().getOrNull(),
        options.confirmOnTerminal().getOrNull(),
        options.requiredTerminalAuthentication().getOrNull(),
        order.forecourtData().isEmpty()
            ? null
            : order.forecourtData().map(OrderRequestMapping::toWire).toJavaList());
  }

  /**
   * Reads the {@code biz_data} of a received {@code pay.order} into a draft, forgiving numbers
   * where strings belong and strings where numbers belong; validating the draft then names every
   * problem of the order.
   *
   * @param biz the request's {@code biz_data}
   * @param scale how many fraction digits the amounts must have
   * @return the unvalidated draft
   * @throws io.ecrhub.protocol.codec.WireTypeException when a field holds a JSON value that cannot
   *     stand for its type (an object where the amount belongs)
   */
  public static OrderDraft toDraft(WireObject biz, CurrencyScale scale) {
    OrderDraft draft =
        OrderDraft.ofType(biz.text("trans_type").getOrNull())
            .currencyScale(scale)
            .merchantOrderNo(biz.text("merchant_order_no").getOrNull())
            .origMerchantOrderNo(biz.text("orig_merchant_order_no").getOrNull())
            .orderAmount(biz.text("order_amount").getOrNull())
            .tipAmount(biz.text("tip_amount").getOrNull())
            .cashbackAmount(biz.text("cashback_amount").getOrNull())
            .payMethodId(biz.text("pay_method_id").getOrNull())
            .payScenario(biz.text("pay_scenario").getOrNull())
            .attach(biz.text("attach").getOrNull())
            .description(biz.text("description").getOrNull())
            .notifyUrl(biz.text("notify_url").getOrNull())
            .expires(biz.text("expires").getOrNull())
            .confirmOnTerminal(biz.bool("confirm_on_terminal").map(String::valueOf).getOrNull())
            .requiredTerminalAuthentication(
                biz.bool("required_terminal_authentication").map(String::valueOf).getOrNull());
    biz.objects("forecourt_data")
        .forEach(
            items -> {
              draft.emptyForecourtData();
              items.forEach(
                  item ->
                      draft.forecourtItem(
                          item.text("code").getOrNull(),
                          item.text("quantity").getOrNull(),
                          item.text("amount").getOrNull()));
            });
    return draft;
  }

  private static ForecourtItemData toWire(ForecourtItem item) {
    return new ForecourtItemData(item.code().value(), item.quantity().value(), item.amountToWire());
  }

  private static BigDecimal decimal(Option<Amount> amount) {
    return amount.map(Amount::value).getOrNull();
  }
}
