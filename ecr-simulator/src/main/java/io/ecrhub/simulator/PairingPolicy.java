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

  /** Pairing accepted, and not required: any POS may pay, paired or not. */
  public static PairingPolicy defaults() {
    return new PairingPolicy(true, false);
  }

  public PairingPolicy withAccept(boolean value) {
    return new PairingPolicy(value, required);
  }

  public PairingPolicy withRequired(boolean value) {
    return new PairingPolicy(accept, value);
  }
}
