package io.ecrhub.bench;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The frames of one real sale and one real query, byte for byte as the engine and the simulator
 * exchanged them over Tyrus: the wire floor sends exactly these bytes, and the codec benchmarks
 * encode and decode exactly this JSON.
 *
 * @param orderRequest the {@code ecrhub.pay.order} request the engine sent
 * @param orderResponse the simulator's approval of it
 * @param queryRequest the {@code ecrhub.pay.query} request for the same order
 * @param queryResponse the simulator's answer: the completed transaction
 */
public record PayExchanges(
    String orderRequest, String orderResponse, String queryRequest, String queryResponse) {

  /** The merchant order number of the captured sale and query. */
  public static final String CAPTURED_ORDER = "CAPTURE1";

  /** The order the capture pays: a sale with the optional fields a POS usually fills. */
  public static OrderDraft referenceSale(String merchantOrderNo) {
    return OrderDraft.sale()
        .merchantOrderNo(merchantOrderNo)
        .orderAmount("34.50")
        .tipAmount("2.00")
        .payMethodId("Visa")
        .payScenario("SWIPE_CARD")
        .description("2 x flat white, 1 x croissant")
        .attach("lane=3;cashier=17")
        .expires(180);
  }

  public PayExchanges {
    Objects.requireNonNull(orderRequest, "orderRequest");
    Objects.requireNonNull(orderResponse, "orderResponse");
    Objects.requireNonNull(queryRequest, "queryRequest");
    Objects.requireNonNull(queryResponse, "queryResponse");
  }

  /**
   * The query answer as a terminal that does not echo {@code request_id} sends it: the engine then
   * matches it by topic and order number, so that this one frame answers every query of {@link
   * #CAPTURED_ORDER}.
   */
  public String queryResponseWithoutRequestId() {
    return queryResponse
        .replaceFirst("\"request_id\":\"[^\"]*\",", "")
        .replaceFirst(",\"request_id\":\"[^\"]*\"", "");
  }

  /**
   * Pays {@link #referenceSale} on a fresh simulator through the public API, queries it, and
   * returns the four frames.
   *
   * @throws IllegalStateException when the sale is not approved or the query not answered
   */
  public static PayExchanges capture() {
    List<String> sent = new CopyOnWriteArrayList<>();
    List<String> received = new CopyOnWriteArrayList<>();
    FrameObserver recorder =
        new FrameObserver() {
          @Override
          public void sent(String frame) {
            sent.add(frame);
          }

          @Override
          public void received(String frame) {
            received.add(frame);
          }
        };
    try (TerminalSimulator simulator = BenchTerminals.start();
        ObservedClientTransport transport =
            new ObservedClientTransport(new TyrusClientTransport(), recorder);
        EcrClient client =
            EcrClient.builder()
                .terminal(simulator.address())
                .appId(BenchTerminals.APP_ID)
                .transport(transport)
                .noKeepAlive()
                .journal(new InMemoryOrderJournal())
                .build()) {
      client.connect().get(30, TimeUnit.SECONDS);
      PaymentOutcome sale = client.submit(referenceSale(CAPTURED_ORDER));
      if (!(sale instanceof PaymentOutcome.Approved)) {
        throw new IllegalStateException("the reference sale was not approved: " + sale);
      }
      TerminalReply<TransactionResult> query =
          client.query(MerchantOrderNo.of(CAPTURED_ORDER).get());
      if (!(query instanceof TerminalReply.Answered<TransactionResult> answered)
          || !answered.code().isSuccess()) {
        throw new IllegalStateException("the reference query was not answered: " + query);
      }
      return new PayExchanges(
          only(sent, "ecrhub.pay.order"),
          only(received, "ecrhub.pay.order"),
          only(sent, "ecrhub.pay.query"),
          only(received, "ecrhub.pay.query"));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while capturing the reference exchange");
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("the simulator could not be reached: " + e, e);
    }
  }

  private static String only(List<String> frames, String topic) {
    List<String> matching = new ArrayList<>();
    for (String frame : frames) {
      if (frame.contains("\"topic\":\"" + topic + "\"")) {
        matching.add(frame);
      }
    }
    if (matching.size() != 1) {
      throw new IllegalStateException(
          "expected one " + topic + " frame, captured " + matching.size() + ": " + frames);
    }
    return matching.get(0);
  }
}
