package io.ecrhub.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Figure 3, the peer: the same {@code pay.order} pair as {@link CodecBenchmark}, the way a vendor
 * SDK handles it — plain classes with snake_case names, amounts as strings — written and read by
 * Jackson, the data binder most Java POS code already carries. (The vendor's own SDK uses
 * fastjson2, which this project's rules keep out of every build.) It checks nothing the classes do
 * not: no duplicate keys, no depth limit, no amount or status validation, no domain types. Only in
 * {@code benchmarks.jar}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = BenchDefaults.QUIET_LOGGING)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
public class PeerCodecBenchmark {

  /** Configured once, as an SDK would: snake_case, absent fields left out, unknown ones ignored. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          // serializationInclusion(NON_NULL), deprecated in Jackson 2.22 (-Werror refuses it)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** The simulator's approval of the reference sale. */
  @State(Scope.Benchmark)
  public static class OrderPair {
    String response;

    @Setup(Level.Trial)
    public void capture() {
      response = PayExchanges.capture().orderResponse();
    }
  }

  /** Encode the request and decode the response. */
  @Benchmark
  public VendorResponse pair(OrderPair pair, Blackhole blackhole) throws JsonProcessingException {
    blackhole.consume(encodeRequest());
    return decodeResponse(pair);
  }

  /** The request half: the SDK's request object → JSON frame. */
  @Benchmark
  public String encodeRequest() throws JsonProcessingException {
    VendorOrder order = new VendorOrder();
    order.transType = "1";
    order.merchantOrderNo = "CAPTURE1";
    order.orderAmount = "34.50";
    order.tipAmount = "2.00";
    order.payMethodId = "Visa";
    order.payScenario = "SWIPE_CARD";
    order.attach = "lane=3;cashier=17";
    order.description = "2 x flat white, 1 x croissant";
    order.expires = 180;
    VendorRequest request = new VendorRequest();
    request.topic = "ecrhub.pay.order";
    request.appId = BenchTerminals.APP_ID;
    request.timestamp = Long.toString(System.currentTimeMillis());
    request.requestId = "k3x9q2-1";
    request.bizData = order;
    return MAPPER.writeValueAsString(request);
  }

  /** The response half: JSON frame → the SDK's response object. */
  @Benchmark
  public VendorResponse decodeResponse(OrderPair pair) throws JsonProcessingException {
    VendorResponse response = MAPPER.readValue(pair.response, VendorResponse.class);
    if (!"000".equals(response.responseCode) || response.bizData == null) {
      throw new IllegalStateException("the reference response is not a success: " + pair.response);
    }
    return response;
  }

  /** A request envelope as a vendor SDK models it. */
  public static class VendorRequest {
    public String topic;
    public String appId;
    public String timestamp;
    public String requestId;
    public VendorOrder bizData;
  }

  /** {@code biz_data} of a {@code pay.order} request. */
  public static class VendorOrder {
    public String transType;
    public String merchantOrderNo;
    public String orderAmount;
    public String tipAmount;
    public String payMethodId;
    public String payScenario;
    public String attach;
    public String description;
    public Integer expires;
  }

  /** A response envelope. */
  public static class VendorResponse {
    public String topic;
    public String appId;
    public String requestId;
    public String responseCode;
    public String responseMsg;
    public VendorTransaction bizData;
  }

  /** {@code biz_data} of a {@code pay.order} response. */
  public static class VendorTransaction {
    public String transType;
    public String merchantOrderNo;
    public String origMerchantOrderNo;
    public String orderAmount;
    public String tipAmount;
    public String cashbackAmount;
    public String payMethodId;
    public String payScenario;
    public String attach;
    public String transNo;
    public String transStatus;
    public String transEndTime;
  }
}
