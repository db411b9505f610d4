// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.opendata.Dataset;
import tw.civicdesk.opendata.DatasetMetadata;
import tw.civicdesk.opendata.Licence;
import tw.civicdesk.opendata.OpenData;
import tw.civicdesk.opendata.OpenDataSettings;
import tw.civicdesk.opendata.Snapshot;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.address.PublicAddress;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The public open-data pages: {@code /open-data} lists the datasets, the licence and how to use
 * them ({@code ?agency=} carries an agency on to the dataset pages); {@code /open-data/{id}} shows
 * one dataset — a chart and a table of its latest period for one agency (small counts marked and
 * explained), links to every format and period, and its metadata. Public, GET only.
 */
@Controller
class OpenDataPageController {

  private final OpenData openData;
  private final OpenDataSettings settings;
  private final Organisation organisation;
  private final PublicAddress address;
  private final CodeNames codeNames;

  OpenDataPageController(
      OpenData openData,
      OpenDataSettings settings,
      Organisation organisation,
      PublicAddress address,
      CodeNames codeNames) {
    this.openData = openData;
    this.settings = settings;
    this.organisation = organisation;
    this.address = address;
    this.codeNames = codeNames;
  }

  /** One dataset as the list shows it. */
  record Listed(Dataset dataset, @Nullable String latestPeriod) {}

  /**
   * One block of the latest period: its heading, its cells and totals, and the totals by row value
   * that the chart draws.
   */
  record BlockView(
      String id, List<String> key, List<Snapshot.Row> rows, List<Snapshot.Row> chart) {}

  @GetMapping("/open-data")
  String list(@RequestParam(required = false) @Nullable String agency, Model model) {
    List<Listed> listed = new ArrayList<>();
    for (Dataset d : openData.datasets()) {
      List<String> periods = openData.periods(d.id());
      listed.add(new Listed(d, periods.isEmpty() ? null : periods.get(0)));
    }
    model.addAttribute("datasets", listed);
    model.addAttribute("agency", chosen(agency));
    model.addAttribute("licence", Licence.NAME);
    model.addAttribute("licenceUrl", Licence.URL);
    model.addAttribute("k", settings.minimumCount());
    return "opendata/list";
  }

  @GetMapping("/open-data/{id}")
  String dataset(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String agency,
      Model model,
      Locale locale) {
    Dataset d = openData.dataset(id);
    Snapshot latest = openData.latest(d.id()).orElse(null);
    Map<String, BilingualText> agencies = agencies(latest);
    String chosen = agency != null && agencies.containsKey(agency) ? agency : first(agencies);
    model.addAttribute("dataset", d);
    model.addAttribute("snapshot", latest);
    model.addAttribute("periods", openData.periods(d.id()));
    model.addAttribute("formats", DatasetFiles.FORMATS);
    model.addAttribute("agencies", agencies);
    model.addAttribute("agency", chosen);
    List<BlockView> blocks = latest == null || chosen == null ? List.of() : blocks(latest, chosen);
    model.addAttribute("blocks", blocks);
    model.addAttribute(
        "names",
        chosen == null
            ? Map.of()
            : codeNames.of(
                d,
                chosen,
                blocks.stream()
                    .flatMap(b -> b.rows().stream())
                    .flatMap(r -> r.labels().stream().skip(1))
                    .toList(),
                locale));
    model.addAttribute(
        "metadata", DatasetMetadata.of(d, openData.coverage(d.id()), settings, address.baseUrl()));
    model.addAttribute("k", settings.minimumCount());
    model.addAttribute("licence", Licence.NAME);
    model.addAttribute("licenceUrl", Licence.URL);
    return "opendata/dataset";
  }

  private @Nullable String chosen(@Nullable String agency) {
    if (agency == null) {
      return null;
    }
    return organisation.agencies().stream()
        .map(a -> a.code().value())
        .filter(agency::equals)
        .findFirst()
        .orElse(null);
  }

  /** The agencies of the snapshot's blocks (their first key), with their names. */
  private Map<String, BilingualText> agencies(@Nullable Snapshot snapshot) {
    Map<String, BilingualText> out = new LinkedHashMap<>();
    if (snapshot == null) {
      return out;
    }
    Map<String, BilingualText> names = new LinkedHashMap<>();
    for (Agency a : organisation.agencies()) {
      names.put(a.code().value(), a.name());
    }
    Set<String> codes = new LinkedHashSet<>();
    snapshot.rows().forEach(r -> codes.add(r.labels().get(0)));
    codes.forEach(c -> out.put(c, names.getOrDefault(c, new BilingualText(c, c))));
    return out;
  }

  private static @Nullable String first(Map<String, BilingualText> agencies) {
    return agencies.isEmpty() ? null : agencies.keySet().iterator().next();
  }

  private static List<BlockView> blocks(Snapshot snapshot, String agency) {
    Map<List<String>, List<Snapshot.Row>> byKey = new LinkedHashMap<>();
    for (Snapshot.Row r : snapshot.rows()) {
      if (r.labels().get(0).equals(agency)) {
        int n = r.labels().size();
        byKey.computeIfAbsent(r.labels().subList(0, n - 2), k -> new ArrayList<>()).add(r);
      }
    }
    List<BlockView> out = new ArrayList<>();
    int i = 0;
    for (Map.Entry<List<String>, List<Snapshot.Row>> e : byKey.entrySet()) {
      List<Snapshot.Row> chart =
          e.getValue().stream()
              .filter(r -> isRowTotal(r) || onlyColumn(e.getValue()) && !isGrandTotal(r))
              .toList();
      out.add(new BlockView("block-" + i++, e.getKey(), e.getValue(), chart));
    }
    return out;
  }

  private static boolean isRowTotal(Snapshot.Row r) {
    int n = r.labels().size();
    return Dataset.TOTAL.equals(r.labels().get(n - 1))
        && !Dataset.TOTAL.equals(r.labels().get(n - 2));
  }

  private static boolean isGrandTotal(Snapshot.Row r) {
    int n = r.labels().size();
    return Dataset.TOTAL.equals(r.labels().get(n - 1))
        && Dataset.TOTAL.equals(r.labels().get(n - 2));
  }

  /** Whether the block has one column value, so its rows carry no row totals of their own. */
  private static boolean onlyColumn(List<Snapshot.Row> rows) {
    return rows.stream().noneMatch(OpenDataPageController::isRowTotal);
  }
}
