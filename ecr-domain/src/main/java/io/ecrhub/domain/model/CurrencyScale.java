package io.ecrhub.domain.model;

/**
 * How many fraction digits a currency's amounts carry: 2 for USD, EUR or ZAR, 0 for JPY or KRW, 3
 * for KWD or BHD. Amounts are written on the wire at exactly this scale ({@code "34.50"}), and a
 * forecourt item's amount is in minor units of the same scale (cents when the scale is 2).
 */
public enum CurrencyScale {
  /** No fraction digits, e.g. JPY or KRW. */
  ZERO(0),
  /** Two fraction digits, e.g. USD, EUR or ZAR. */
  TWO(2),
  /** Three fraction digits, e.g. KWD or BHD. */
  THREE(3);

  private final int digits;

  CurrencyScale(int digits) {
    this.digits = digits;
  }

  /**
   * The number of fraction digits.
   *
   * @return 0, 2 or 3
   */
  public int digits() {
    return digits;
  }

  /**
   * The default of this SDK and of the seed's examples: two fraction digits.
   *
   * @return {@link #TWO}
   */
  public static CurrencyScale defaultScale() {
    return TWO;
  }
}
