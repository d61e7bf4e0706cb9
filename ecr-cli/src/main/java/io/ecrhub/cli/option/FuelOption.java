package io.ecrhub.cli.option;

import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.validation.ViolationCollector;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --fuel CODE:LITRES:CENTS}, repeatable: one {@code forecourt_data} line each, e.g. {@code
 * --fuel 02:10.000:1500} is 10 litres of product 02 for 15.00. The cents must add up to {@code
 * --amount}.
 */
public final class FuelOption {

  @Option(
      names = "--fuel",
      paramLabel = "CODE:LITRES:CENTS",
      description =
          "A forecourt_data line, repeatable: product code, litres with 3 decimals, amount in"
              + " cents, e.g. 02:10.000:1500. The cents of all lines must add up to --amount.")
  List<String> lines = new ArrayList<>();

  /**
   * Adds one forecourt item to {@code draft} per {@code --fuel} line, in the order given; a line
   * that is not three colon-separated parts is reported instead.
   *
   * @param draft the order being built
   * @param violations collects malformed lines under {@code --fuel}
   */
  public void applyTo(OrderDraft draft, ViolationCollector violations) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String[] parts = line.split(":", -1);
      if (parts.length != 3) {
        violations.add(
            "--fuel",
            "line "
                + (i + 1)
                + " must be CODE:LITRES:CENTS such as 02:10.000:1500, got '"
                + line
                + "'");
      } else {
        draft.forecourtItem(parts[0], parts[1], parts[2]);
      }
    }
  }
}
