package io.ecrhub.transport.tyrus.server;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import java.util.concurrent.TimeUnit;

/**
 * A plain command-line program: serve, connect, echo one frame, close both transports, return from
 * {@code main}. {@link ThreadBudgetTest} runs it as a separate process, which must then exit on its
 * own — nothing may call {@code System.exit}.
 */
public final class ShutdownMain {

  private ShutdownMain() {}

  public static void main(String[] args) throws Exception {
    ServerBinding binding =
        new TyrusServerTransport()
            .bind(BindOptions.loopbackEphemeral(), connection -> RecordingListener.echoing())
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    TyrusClientTransport client = new TyrusClientTransport();
    RecordingListener listener = new RecordingListener();
    Connection connection =
        client
            .connect(binding.address(), ConnectOptions.defaults(), listener)
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    connection.send("hello").toCompletableFuture().get(10, TimeUnit.SECONDS);
    System.out.println("echo: " + listener.nextText());
    client.close();
    binding.close();
    System.out.println("closed");
  }
}
