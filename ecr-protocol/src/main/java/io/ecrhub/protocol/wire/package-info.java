/**
 * The seed's messages, and the vendor's around them, as JSON-B records, written by the codec. Field
 * names are the seed's, in {@code snake_case} through the codec's naming strategy; a {@code null}
 * component is an absent field and is left out of the JSON, never written as {@code null}.
 *
 * <table>
 *   <caption>Which record is the {@code biz_data} of which message</caption>
 *   <tr><th>topic</th><th>request</th><th>response</th></tr>
 *   <tr><td>{@code ecrhub.pay.order}</td><td>{@link io.ecrhub.protocol.wire.OrderRequestData}</td>
 *       <td>{@link io.ecrhub.protocol.wire.TransactionData}</td></tr>
 *   <tr><td>{@code ecrhub.pay.query}</td><td>{@link io.ecrhub.protocol.wire.OrderNumberData}</td>
 *       <td>{@link io.ecrhub.protocol.wire.TransactionData}</td></tr>
 *   <tr><td>{@code ecrhub.pay.close}</td><td>{@link io.ecrhub.protocol.wire.OrderNumberData}</td>
 *       <td>{@link io.ecrhub.protocol.wire.OrderNumberData}</td></tr>
 *   <tr><td>{@code ecrhub.heartbeat}</td><td>none</td><td>none</td></tr>
 *   <tr><td>{@code ecrhub.pay.init} (vendor)</td><td>none</td>
 *       <td>{@link io.ecrhub.protocol.wire.PaymentMethodsData}</td></tr>
 *   <tr><td>{@code ecrhub.pair}, {@code ecrhub.unpair} (vendor)</td>
 *       <td>{@code device_data}: {@link io.ecrhub.protocol.wire.PosDeviceData}</td>
 *       <td>{@code device_data}: {@link io.ecrhub.protocol.wire.TerminalDeviceData}</td></tr>
 * </table>
 */
package io.ecrhub.protocol.wire;
