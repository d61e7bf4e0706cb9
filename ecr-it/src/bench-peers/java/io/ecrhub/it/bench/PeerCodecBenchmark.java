package io.ecrhub.it.bench;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.PropertyNamingStrategy;
import com.alibaba.fastjson2.annotation.JSONType;
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
 * Figure 3, the peer: the same {@code pay.order} pair as {@link CodecBenchmark}, the way the
 * vendor's SDK handles it — plain classes with snake_case names, amounts as strings, written and
 * read by fastjson2 2.0.64. It checks nothing the classes do not: no duplicate keys, no depth
 * limit, no amount or status validation, no domain types. Only in {@code benchmarks.jar}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = BenchDefaults.QUIET_LOGGING)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
public class PeerCodecBenchmark {

  /** The reference sale's values and the simulator's approval of it. */
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
  public VendorResponse pair(OrderPair pair, Blackhole blackhole) {
    blackhole.consume(encodeRequest());
    return decodeResponse(pair);
  }

  /** The request half: the SDK's request object → JSON frame. */
  @Benchmark
  public String encodeRequest() {
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
    return JSON.toJSONString(request);
  }

  /** The response half: JSON frame → the SDK's response object. */
  @Benchmark
  public VendorResponse decodeResponse(OrderPair pair) {
    VendorResponse response = JSON.parseObject(pair.response, VendorResponse.class);
    if (!"000".equals(response.responseCode) || response.bizData == null) {
      throw new IllegalStateException("the reference response is not a success: " + pair.response);
    }
    return response;
  }

  /** A request envelope as the vendor SDK models it. */
  @JSONType(naming = PropertyNamingStrategy.SnakeCase, alphabetic = false)
  public static class VendorRequest {
    public String topic;
    public String appId;
    public String timestamp;
    public String requestId;
    public VendorOrder bizData;
  }

  /** {@code biz_data} of a {@code pay.order} request. */
  @JSONType(naming = PropertyNamingStrategy.SnakeCase, alphabetic = false)
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
  @JSONType(naming = PropertyNamingStrategy.SnakeCase, alphabetic = false)
  public static class VendorResponse {
    public String topic;
    public String appId;
    public String requestId;
    public String responseCode;
    public String responseMsg;
    public VendorTransaction bizData;
  }

  /** {@code biz_data} of a {@code pay.order} response. */
  @JSONType(naming = PropertyNamingStrategy.SnakeCase, alphabetic = false)
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
