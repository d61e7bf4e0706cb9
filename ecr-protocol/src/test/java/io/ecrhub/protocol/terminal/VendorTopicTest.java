package io.ecrhub.protocol.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.topic.Topic;
import io.ecrhub.protocol.topic.TopicRegistry;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A topic a vendor registers reaches the handler's {@code custom} with its {@code biz_data}. */
class VendorTopicTest {

  private static final Topic PAIR = new Topic("ecrhub.pair");

  private final List<String> sent = new CopyOnWriteArrayList<>();

  @Test
  void a_registered_vendor_topic_is_answered_by_the_handler() {
    TerminalDispatcher dispatcher =
        dispatcher(new ProtocolCodec(TopicRegistry.standard().with(PAIR), 64 * 1024));

    dispatcher.handle(
        connection(),
        "{\"topic\":\"ecrhub.pair\",\"app_id\":\"A\",\"biz_data\":{\"device_name\":\"till 3\"}}");

    assertThat(sent).singleElement().asString().contains("\"response_code\":\"000\"");
    assertThat(sent.get(0)).contains("\"paired_with\":\"till 3\"");
  }

  @Test
  void a_vendor_topic_nobody_registered_is_a_parameter_error() {
    TerminalDispatcher dispatcher = dispatcher(ProtocolCodec.standard());

    dispatcher.handle(connection(), "{\"topic\":\"ecrhub.pair\",\"biz_data\":{}}");

    assertThat(sent).singleElement().asString().contains("\"response_code\":\"202\"");
  }

  @Test
  void the_registry_knows_which_topics_are_a_vendors_and_refuses_a_name_twice() {
    TopicRegistry topics = TopicRegistry.standard().with(PAIR);

    assertThat(topics.isCustom(PAIR)).isTrue();
    assertThat(topics.isCustom(Topic.PAY_ORDER)).isFalse();
    assertThat(topics.find("ecrhub.pair")).contains(PAIR);
    assertThatThrownBy(() -> topics.with(new Topic("ecrhub.pay.order")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ecrhub.pay.order");
  }

  private TerminalDispatcher dispatcher(ProtocolCodec codec) {
    return new TerminalDispatcher(codec, new PairingTerminal(), CurrencyScale.TWO, false);
  }

  /** Answers pairing with the device name it was given; knows no payments. */
  private static final class PairingTerminal implements TerminalHandler {
    @Override
    public CompletionStage<TerminalResponse> custom(TerminalRequest request) {
      String device = request.message().biz().text("device_name").getOrElse("?");
      return CompletableFuture.completedFuture(
          TerminalResponse.reply(ResponseCode.SUCCESS, "paired", Map.of("paired_with", device)));
    }

    @Override
    public CompletionStage<TerminalResponse> order(
        TerminalRequest request, Validation<Seq<Violation>, PaymentOrder> order) {
      throw new UnsupportedOperationException("no payments here");
    }

    @Override
    public CompletionStage<TerminalResponse> query(
        TerminalRequest request, Validation<Seq<Violation>, MerchantOrderNo> merchantOrderNo) {
      throw new UnsupportedOperationException("no payments here");
    }

    @Override
    public CompletionStage<TerminalResponse> close(
        TerminalRequest request, Validation<Seq<Violation>, MerchantOrderNo> merchantOrderNo) {
      throw new UnsupportedOperationException("no payments here");
    }
  }

  private Connection connection() {
    return new Connection() {
      @Override
      public String id() {
        return "vendor-1";
      }

      @Override
      public String remoteAddress() {
        return "test";
      }

      @Override
      public boolean isOpen() {
        return true;
      }

      @Override
      public CompletionStage<Void> send(String text) {
        sent.add(text);
        return CompletableFuture.completedFuture(null);
      }

      @Override
      public CompletionStage<Void> sendBinary(byte[] data) {
        throw new UnsupportedOperationException("the dispatcher answers in text");
      }

      @Override
      public void close(int code, String reason) {
        sent.add("closed " + code);
      }
    };
  }
}
