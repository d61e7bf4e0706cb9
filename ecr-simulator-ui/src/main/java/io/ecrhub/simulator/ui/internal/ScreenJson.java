package io.ecrhub.simulator.ui.internal;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.ForecourtItem;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.simulator.LedgerEntry;
import io.ecrhub.simulator.OrderDecision;
import io.ecrhub.simulator.PosConnection;
import io.ecrhub.simulator.ScreenOrder;
import io.ecrhub.simulator.ScreenView;
import io.ecrhub.simulator.WireEvent;
import io.vavr.control.Option;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page's JSON: a {@link ScreenView} as the {@code state} event, a {@link WireEvent} as a {@code
 * frame} event. Field names follow the protocol's snake case; times are epoch milliseconds, so that
 * the page shows them in the viewer's time zone; amounts are the wire's text.
 */
final class ScreenJson {

  /** The ledger shows at most this many settled orders (the newest); orders in progress always. */
  static final int LEDGER_ROWS = 200;

  private ScreenJson() {}

  static JsonObject state(ScreenView view) {
    Map<String, List<LedgerEntry>> followUps = new HashMap<>();
    for (ScreenOrder order : view.orders()) {
      order
          .entry()
          .origMerchantOrderNo()
          .forEach(
              original ->
                  followUps
                      .computeIfAbsent(original.value(), key -> new ArrayList<>())
                      .add(order.entry()));
    }
    JsonArrayBuilder orders = Json.createArrayBuilder();
    int settledShown = 0;
    List<ScreenOrder> all = view.orders();
    List<JsonObject> newestFirst = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      ScreenOrder order = all.get(i);
      boolean inProgress = order.entry().status().equals(TransactionStatus.PROCESSING);
      if (inProgress || settledShown++ < LEDGER_ROWS) {
        String number = order.entry().merchantOrderNo().value();
        newestFirst.add(order(order, followUps.getOrDefault(number, List.of())));
      }
    }
    newestFirst.forEach(orders::add);
    JsonArrayBuilder connections = Json.createArrayBuilder();
    for (PosConnection connection : view.connections()) {
      connections.add(
          Json.createObjectBuilder()
              .add("id", connection.id())
              .add("remote_address", connection.remoteAddress())
              .add("opened_at", millis(connection.openedAt())));
    }
    JsonArrayBuilder declineCodes = Json.createArrayBuilder();
    for (ResponseCode code : OrderDecision.DECLINE_CODES) {
      declineCodes.add(
          Json.createObjectBuilder().add("code", code.code()).add("text", code.description()));
    }
    return Json.createObjectBuilder()
        .add("taken_at", millis(view.takenAt()))
        .add("manual_mode", view.manualMode())
        .add("connections", connections)
        .add("orders", orders)
        .add("decline_codes", declineCodes)
        .build();
  }

  static JsonObject frame(WireEvent event) {
    return Json.createObjectBuilder()
        .add("sequence", event.sequence())
        .add("at", millis(event.at()))
        .add("connection_id", event.connectionId())
        .add("kind", event.kind().name().toLowerCase(Locale.ROOT))
        .add("binary", event.binary())
        .add("text", event.text())
        .add(
            "pretty",
            event.kind() == WireEvent.Kind.RECEIVED || event.kind() == WireEvent.Kind.SENT
                ? FramePrettyPrinter.pretty(event.text())
                : event.text())
        .build();
  }

  private static JsonObject order(ScreenOrder screenOrder, List<LedgerEntry> followUps) {
    LedgerEntry entry = screenOrder.entry();
    PaymentOrder order = entry.order();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("merchant_order_no", entry.merchantOrderNo().value())
            .add("trans_type", entry.type().code())
            .add("type_label", entry.type().label())
            .add("order_amount", entry.orderAmount().toWire())
            .add("status", entry.status().code())
            .add("status_label", entry.status().label())
            .add("trans_no", entry.transNo())
            .add("connection_id", screenOrder.connectionId())
            .add("connection_open", screenOrder.connectionOpen())
            .add("received_at", millis(screenOrder.receivedAt()));
    optional(json, "tip_amount", order.tipAmount().map(Amount::toWire));
    optional(json, "cashback_amount", order.cashbackAmount().map(Amount::toWire));
    optional(json, "orig_merchant_order_no", entry.origMerchantOrderNo().map(no -> no.value()));
    optional(json, "plan", screenOrder.plan());
    screenOrder.dueAt().forEach(due -> json.add("due_at", millis(due)));
    JsonArrayBuilder fuel = Json.createArrayBuilder();
    for (ForecourtItem item : order.forecourtData()) {
      fuel.add(
          Json.createObjectBuilder()
              .add("product_code", item.code().value())
              .add("quantity", item.quantity().toWire())
              .add("amount", item.amountToWire()));
    }
    json.add("forecourt_data", fuel);
    JsonArrayBuilder against = Json.createArrayBuilder();
    for (LedgerEntry followUp : followUps) {
      against.add(
          Json.createObjectBuilder()
              .add("merchant_order_no", followUp.merchantOrderNo().value())
              .add("type_label", followUp.type().label())
              .add("order_amount", followUp.orderAmount().toWire())
              .add("status_label", followUp.status().label()));
    }
    json.add("follow_ups", against);
    return json.build();
  }

  private static void optional(JsonObjectBuilder json, String field, Option<String> value) {
    value.forEach(text -> json.add(field, text));
  }

  private static long millis(Instant instant) {
    return instant.toEpochMilli();
  }
}
