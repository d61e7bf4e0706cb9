package io.ecrhub.protocol.terminal;

/**
 * The shape of a terminal's answers. The seed describes one terminal; the vendor's own SDKs expect
 * more of every answer, and cannot match one that lacks it.
 */
public enum TerminalDialect {

  /**
   * The seed's terminal: an answer carries no {@code request_id}, the {@code app_id} the request
   * had, and a {@code biz_data} only when it has something to say; requests are read exactly as the
   * seed writes them. A POS rehearses matching answers by order number alone against it.
   */
  SEED,

  /**
   * The vendor's terminals, as its SDKs read them: every answer, refusals included, carries {@code
   * topic}, {@code app_id} (empty when the request had none), the request's {@code request_id} when
   * it had one, and a {@code biz_data} object ({@code {}} when there is nothing to say) — the
   * vendor's JSON SDK matches answers by {@code request_id} only and fails on an answer without
   * {@code biz_data}.
   */
  VENDOR;

  /**
   * Whether answers echo the request's {@code request_id}.
   *
   * @return true for {@link #VENDOR} only
   */
  public boolean echoesRequestId() {
    return this == VENDOR;
  }
}
