package io.ecrhub.domain.port;

import io.ecrhub.domain.model.MerchantOrderNo;

/** The journal already holds an order with this number: it must not be sent again. */
public final class DuplicateOrderException extends JournalException {

  private static final long serialVersionUID = 1L;

  private final transient MerchantOrderNo merchantOrderNo;

  /**
   * A refusal of a reused number.
   *
   * @param merchantOrderNo the number already in the journal
   */
  public DuplicateOrderException(MerchantOrderNo merchantOrderNo) {
    super("the journal already holds order " + merchantOrderNo);
    this.merchantOrderNo = merchantOrderNo;
  }

  /**
   * The number already in the journal.
   *
   * @return the number; {@code null} after the exception was deserialized
   */
  public MerchantOrderNo merchantOrderNo() {
    return merchantOrderNo;
  }
}
