package io.ecrhub.simulator;

/**
 * How the simulated terminal treats the vendor's pairing ({@code ecrhub.pair}, {@code
 * ecrhub.unpair}).
 *
 * @param accept whether a pairing request is accepted ({@code 000}) or refused ({@code 115}, as an
 *     operator who declines it on the terminal's screen)
 * @param required whether a POS must be paired before its {@code ecrhub.pay.*} requests are served;
 *     until then they are refused with {@code 116} (not logged in), nothing charged
 */
public record PairingPolicy(boolean accept, boolean required) {

  /**
   * Pairing accepted, and not required: any POS may pay, paired or not.
   *
   * @return the default policy
   */
  public static PairingPolicy defaults() {
    return new PairingPolicy(true, false);
  }

  /**
   * The same policy, accepting or refusing pairing requests.
   *
   * @param value {@code true} to accept pairing ({@code 000}), {@code false} to refuse it ({@code
   *     115})
   * @return a copy with that choice
   */
  public PairingPolicy withAccept(boolean value) {
    return new PairingPolicy(value, required);
  }

  /**
   * The same policy, requiring pairing before payments or not.
   *
   * @param value {@code true} to refuse unpaired POS requests with {@code 116}
   * @return a copy with that choice
   */
  public PairingPolicy withRequired(boolean value) {
    return new PairingPolicy(accept, value);
  }
}
