// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tw.civicdesk.opendata.Block;
import tw.civicdesk.opendata.Dataset;
import tw.civicdesk.opendata.DatasetSource;
import tw.civicdesk.opendata.Field;
import tw.civicdesk.opendata.Measure;
import tw.civicdesk.opendata.Period;
import tw.civicdesk.opendata.Periodicity;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The open dataset {@value #ID}: phone-courtesy tests and their mean score by agency, unit and
 * quarter — counted and summed in the database over the tests of the quarter; no test, extension,
 * tester or name who answered leaves this module.
 */
@Component
class CourtesyDataset implements DatasetSource {

  static final String ID = "courtesy-by-unit";

  /** The one column value: every test of the unit in the quarter. */
  static final String ALL_TESTS = "ALL_TESTS";

  private static final Dataset DATASET =
      new Dataset(
          ID,
          new BilingualText(
              "電話禮貌測試成績（按機關、單位、季別）", "Phone courtesy test scores, by agency, unit and quarter"),
          new BilingualText(
              "各機關每季電話禮貌測試之受測次數及平均分數（百分制），按受測單位分列；不含受測分機、接聽人或測試人員。",
              "Each agency's phone courtesy tests per quarter: how many and their mean score (out"
                  + " of 100), by the unit tested; no extension, person answering or tester."),
          Periodicity.QUARTERLY,
          List.of(new Field("agency", new BilingualText("機關代碼", "The agency's code"))),
          new Field(
              "unit",
              new BilingualText("受測單位名稱；TOTAL 為全機關合計", "The unit tested; TOTAL for the agency")),
          new Field(
              "scope",
              new BilingualText("ALL_TESTS：該季所有測試", "ALL_TESTS: every test of the quarter")),
          List.of(
              Measure.count("tests", new BilingualText("受測次數", "Tests")),
              Measure.mean(
                  "mean_score",
                  new BilingualText("平均分數（百分制，小數二位）", "Mean score (out of 100, two decimals)"),
                  "tests")));

  private final JdbcClient jdbc;
  private final Organisation organisation;

  CourtesyDataset(JdbcClient jdbc, Organisation organisation) {
    this.jdbc = jdbc;
    this.organisation = organisation;
  }

  @Override
  public Dataset dataset() {
    return DATASET;
  }

  @Override
  public List<Block> blocks(Period period) {
    Map<String, List<Block.Cell>> byAgency = new LinkedHashMap<>();
    Map<String, Map<Long, String>> names = new HashMap<>();
    jdbc.sql(
            """
            select agency_code, unit_id, count(*) as tests, sum(total) as score
            from courtesy_test where called_on between ? and ?
            group by agency_code, unit_id order by agency_code, unit_id""")
        .params(period.from(), period.to())
        .query(
            rs -> {
              String agency = rs.getString("agency_code");
              String unit =
                  names
                      .computeIfAbsent(agency, this::unitNames)
                      .getOrDefault(rs.getLong("unit_id"), "#" + rs.getLong("unit_id"));
              byAgency
                  .computeIfAbsent(agency, a -> new ArrayList<>())
                  .add(
                      new Block.Cell(
                          unit,
                          ALL_TESTS,
                          Map.of(
                              "tests", BigDecimal.valueOf(rs.getLong("tests")),
                              "mean_score", rs.getBigDecimal("score"))));
            });
    return byAgency.entrySet().stream()
        .map(e -> new Block(List.of(e.getKey()), e.getValue()))
        .toList();
  }

  private Map<Long, String> unitNames(String agency) {
    Map<Long, String> out = new HashMap<>();
    for (Unit u : organisation.units(new AgencyCode(agency))) {
      out.put(u.id(), u.name().zh());
    }
    return out;
  }
}
