package io.ecrhub.protocol.wire;

/**
 * The {@code biz_data} that holds only an order number: the {@code ecrhub.pay.query} request and
 * the {@code ecrhub.pay.close} request and response.
 *
 * @param merchantOrderNo {@code merchant_order_no}: the order asked about or closed
 */
public record OrderNumberData(String merchantOrderNo) {}
