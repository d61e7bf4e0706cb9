package io.ecrhub.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;

/**
 * The guard every multicast test runs first: this JVM must see no network interface but loopback
 * (it runs in the namespace {@code tools/netns/bin/java} makes), so that no multicast it sends can
 * leave the machine. A test run outside such a namespace fails here, before it sends anything.
 */
final class LoopbackOnly {

  static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  private LoopbackOnly() {}

  static void assertNoOtherInterface() throws SocketException {
    List<String> others =
        Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
            .filter(
                candidate -> {
                  try {
                    return !candidate.isLoopback();
                  } catch (SocketException unreadable) {
                    return true;
                  }
                })
            .map(NetworkInterface::getName)
            .toList();
    assertThat(others)
        .as("network interfaces besides loopback: multicast tests run only in a namespace without")
        .isEmpty();
  }
}
