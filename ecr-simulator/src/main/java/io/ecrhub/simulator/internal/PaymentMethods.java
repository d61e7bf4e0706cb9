package io.ecrhub.simulator.internal;

import io.ecrhub.protocol.wire.PaymentMethodsData;
import io.ecrhub.protocol.wire.PaymentMethodsData.Category;
import io.ecrhub.protocol.wire.PaymentMethodsData.Method;
import java.util.List;

/** The payment methods the simulated terminal takes, as its {@code ecrhub.pay.init} answer says. */
public final class PaymentMethods {

  private static final List<String> CARD_TYPES = List.of("1", "2", "3", "4", "5", "6", "11");
  private static final List<String> WALLET_TYPES = List.of("1", "2", "3");

  /** Cards of the usual schemes for every type; two wallets for sales, voids and refunds. */
  public static final PaymentMethodsData TAKEN =
      new PaymentMethodsData(
          List.of(
              new Category(
                  "BANKCARD",
                  List.of(
                      card("Visa"),
                      card("MasterCard"),
                      card("Amex"),
                      card("Discover"),
                      card("JCB"),
                      card("DinersClub"),
                      card("UnionPay"))),
              new Category("QR_C_SCAN_B", wallets()),
              new Category("QR_B_SCAN_C", wallets())));

  private PaymentMethods() {}

  private static Method card(String id) {
    return new Method(id, id, CARD_TYPES);
  }

  private static List<Method> wallets() {
    return List.of(
        new Method("Alipay+", "Alipay+", WALLET_TYPES),
        new Method("WeChatPay", "WeChat Pay", WALLET_TYPES));
  }
}
