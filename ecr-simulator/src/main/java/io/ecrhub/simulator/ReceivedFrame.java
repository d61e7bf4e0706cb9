package io.ecrhub.simulator;

import java.util.Objects;

/**
 * One frame the simulated terminal received, as it arrived (a binary frame as the text its UTF-8
 * spells), before the terminal read it.
 *
 * @param connectionId the connection it came on, as the transport names it
 * @param text the frame
 */
public record ReceivedFrame(String connectionId, String text) {

  /**
   * Checks that neither component is {@code null}.
   *
   * @param connectionId the connection it came on, as the transport names it
   * @param text the frame
   */
  public ReceivedFrame {
    Objects.requireNonNull(connectionId, "connectionId");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Whether the frame is a request on {@code topic}, e.g. {@code ecrhub.pay.order}.
   *
   * @param topic the full topic name
   * @return {@code true} if the frame's text names {@code topic} as its compact {@code "topic"}
   *     member; a frame formatted with spaces around the colon is not recognised
   */
  public boolean isOn(String topic) {
    return text.contains("\"topic\":\"" + topic + "\"");
  }
}
