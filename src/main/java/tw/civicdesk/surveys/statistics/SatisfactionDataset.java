// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tw.civicdesk.opendata.Block;
import tw.civicdesk.opendata.Dataset;
import tw.civicdesk.opendata.DatasetSource;
import tw.civicdesk.opendata.Field;
import tw.civicdesk.opendata.Measure;
import tw.civicdesk.opendata.Period;
import tw.civicdesk.opendata.Periodicity;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.surveys.StandardDimension;

/**
 * The open dataset {@value #ID}: the public's satisfaction by standard dimension, per agency and
 * quarter — respondents and the share satisfied, from the surveys' pooled statistics ({@link
 * PeerFigures}, the same figures the plans' indicators rest on), aggregates only: no answer, no
 * comment, no respondent.
 */
@Component
class SatisfactionDataset implements DatasetSource {

  static final String ID = "satisfaction-by-dimension";

  /** The one column value: all the agency's surveys for the public pooled. */
  static final String ALL_SURVEYS = "ALL_SURVEYS";

  private static final Dataset DATASET =
      new Dataset(
          ID,
          new BilingualText(
              "民眾滿意度（按機關、構面、季別）", "Public satisfaction, by agency, dimension and quarter"),
          new BilingualText(
              "各機關每季民眾滿意度調查（臨櫃、線上、結案後及年度民調）之有效填答人數及滿意比率，按洽公環境、服務禮儀、服務專業性、服務措施及整體滿意度等構面分列；不含個別問卷或意見內容。",
              "Each agency's public satisfaction surveys (counter, online, after a case and"
                  + " general) per quarter: respondents and the share satisfied, by dimension"
                  + " (office environment, courtesy, professionalism, service measures, overall);"
                  + " no single answer or comment."),
          Periodicity.QUARTERLY,
          List.of(new Field("agency", new BilingualText("機關代碼", "The agency's code"))),
          new Field(
              "dimension",
              new BilingualText(
                  "構面（ENVIRONMENT 洽公環境、COURTESY 服務禮儀、PROFESSIONALISM 服務專業性、MEASURES 服務措施、OVERALL 整體滿意度）；TOTAL 為各構面人數之和",
                  "The dimension (ENVIRONMENT, COURTESY, PROFESSIONALISM, MEASURES, OVERALL);"
                      + " TOTAL adds the dimensions' respondents up")),
          new Field(
              "scope",
              new BilingualText(
                  "ALL_SURVEYS：本機關所有對民眾之滿意度調查合併計算",
                  "ALL_SURVEYS: all the agency's surveys of the public pooled")),
          List.of(
              Measure.count(
                  "respondents",
                  new BilingualText(
                      "有效填答人數（該構面至少一題非「不適用」者）",
                      "Respondents (at least one answer in the dimension other than \"not"
                          + " applicable\")")),
              Measure.rate(
                  "satisfied_rate",
                  new BilingualText(
                      "滿意比率（%，回答量表最高兩級者）", "Satisfied (%, the top two points of the scale)"),
                  "respondents")));

  private final PeerFigures figures;
  private final Organisation organisation;

  SatisfactionDataset(PeerFigures figures, Organisation organisation) {
    this.figures = figures;
    this.organisation = organisation;
  }

  @Override
  public Dataset dataset() {
    return DATASET;
  }

  @Override
  public List<Block> blocks(Period period) {
    List<AgencyCode> agencies = organisation.agencies().stream().map(Agency::code).toList();
    List<Block> blocks = new ArrayList<>();
    figures
        .of(agencies, PeerComparison.COMPARED, period.from(), period.to())
        .forEach(
            (agency, f) -> {
              List<Block.Cell> cells = new ArrayList<>();
              for (StandardDimension d : StandardDimension.values()) {
                Satisfaction s = f.dimensions().get(d);
                if (s != null && s.n() > 0 && s.satisfactionRate() != null) {
                  BigDecimal satisfied =
                      s.satisfactionRate()
                          .multiply(BigDecimal.valueOf(s.n()))
                          .setScale(0, RoundingMode.HALF_UP);
                  cells.add(
                      new Block.Cell(
                          d.name(),
                          ALL_SURVEYS,
                          Map.of(
                              "respondents",
                              BigDecimal.valueOf(s.n()),
                              "satisfied_rate",
                              satisfied)));
                }
              }
              if (!cells.isEmpty()) {
                blocks.add(new Block(List.of(agency.value()), cells));
              }
            });
    return blocks;
  }
}
