// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import java.util.List;
import java.util.Map;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The port through which a module offers an open dataset (like {@code IndicatorProvider} for
 * plans): any Spring bean implementing it is one dataset, known by {@link Dataset#id()}. The source
 * answers <em>aggregated</em> cells read from its own rollup, never from case rows; the open-data
 * module suppresses small counts, stores and serves them. Its tables stay internal to it.
 */
public interface DatasetSource {

  /** What the dataset is: its id, titles, fields and measures. */
  Dataset dataset();

  /**
   * The aggregated cells of {@code period}: one block per value of the dataset's key fields (e.g.
   * per agency), each holding a cell per row and column value that has anything counted. Totals are
   * not given (the open-data module adds them from the cells). Empty when nothing was counted.
   */
  List<Block> blocks(Period period);

  /**
   * Names for the codes {@code agency}'s cells carry where only the source knows them (e.g. the
   * agency's petition categories), for the dataset page; the files keep the codes. Empty by
   * default: the page then names a service code by the catalogue and other codes by the bundle.
   */
  default Map<String, BilingualText> labels(String agency) {
    return Map.of();
  }
}
