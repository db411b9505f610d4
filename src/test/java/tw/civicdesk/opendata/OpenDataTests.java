// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.CaseWorkAt;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.TestOrganisation.Setup;

/**
 * The cases dataset end to end: applications filed and decided through case work, the month rebuilt
 * from the figures' rollup, and its files, period URLs and the API list read back.
 *
 * <p>The agency's March 2026, by hand — received (service × channel):
 *
 * <pre>
 *            COUNTER  ONLINE | TOTAL
 *   A           1       5    |   6
 *   B           3       4    |   7
 *   TOTAL       4       9    |  13
 * </pre>
 *
 * The 1 is below k = 3; its row and column each need a second hidden cell (A·ONLINE 5, B·COUNTER
 * 3), and then B's row and ONLINE's column need theirs (B·ONLINE 4): all four cells hidden, every
 * total published. Four of A's online applications are decided on time: 4 decided, 100 %.
 */
@IntegrationTest
class OpenDataTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ID = "cases-monthly";

  @Autowired ApplicationContext context;
  @Autowired OpenData openData;
  @Autowired MockMvc mvc;

  private Setup agency;
  private CaseWork work;

  @BeforeEach
  void march() {
    agency = TestOrganisation.from(context).agency("ODA", null);
    work = CaseWorkAt.of(context, ManualClock.on("2026-03-02"));
    file("A", Channel.COUNTER, 1);
    List<CaseNumber> online = file("A", Channel.ONLINE, 5);
    file("B", Channel.COUNTER, 3);
    file("B", Channel.ONLINE, 4);
    online.subList(0, 4).forEach(this::decide);
    openData.rebuild(ID, "2026-03");
  }

  private List<CaseNumber> file(String service, Channel channel, int n) {
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(
            i ->
                work.file(
                        CaseCommand.File.application(
                            channel,
                            agency.code(),
                            agency.unit().id(),
                            new ServiceCode(agency.code().value() + "-" + service),
                            1,
                            TimeLimit.workingDays(5),
                            LocalDate.parse("2026-03-02"),
                            null,
                            null,
                            Map.of(),
                            agency.username(Role.COUNTER_CLERK)))
                    .number())
        .toList();
  }

  private void decide(CaseNumber c) {
    StaffPrincipal officer = agency.as(Role.CASE_OFFICER);
    int v =
        work.assign(agency.as(Role.UNIT_HEAD), new CaseCommand.Assign(c, 0, officer.getUsername()))
            .version();
    v = work.start(officer, new CaseCommand.Start(c, v)).version();
    work.decide(officer, new CaseCommand.Decide(c, v, Decision.APPROVED, "符合", null));
  }

  private String svc(String s) {
    return agency.code().value() + "-" + s;
  }

  private Map<String, Snapshot.Row> ours(Snapshot snapshot) {
    Map<String, Snapshot.Row> rows = new java.util.HashMap<>();
    for (Snapshot.Row r : snapshot.rows()) {
      if (r.labels().get(0).equals(agency.code().value())) {
        rows.put(r.labels().get(1) + "/" + r.labels().get(2), r);
      }
    }
    return rows;
  }

  @Test
  void theOneCounterApplicationAndTheCellsThatWouldGiveItAwayAreLeftOutAndTheTotalsPublished() {
    Map<String, Snapshot.Row> rows = ours(openData.snapshot(ID, "2026-03"));
    for (String cell : List.of("A/COUNTER", "A/ONLINE", "B/COUNTER", "B/ONLINE")) {
      Snapshot.Row r = rows.get(cell.replace("A/", svc("A") + "/").replace("B/", svc("B") + "/"));
      assertThat(r.suppressed()).as(cell).contains("received");
      assertThat(r.values().get(0)).as(cell).isNull();
    }
    assertThat(rows.get(svc("A") + "/TOTAL").values().get(0)).isEqualByComparingTo("6");
    assertThat(rows.get(svc("B") + "/TOTAL").values().get(0)).isEqualByComparingTo("7");
    assertThat(rows.get("TOTAL/COUNTER").values().get(0)).isEqualByComparingTo("4");
    assertThat(rows.get("TOTAL/ONLINE").values().get(0)).isEqualByComparingTo("9");
    assertThat(rows.get("TOTAL/TOTAL").values().get(0)).isEqualByComparingTo("13");
    Snapshot.Row decided = rows.get(svc("A") + "/ONLINE");
    assertThat(decided.values().get(1)).isEqualByComparingTo("4");
    assertThat(decided.values().get(2)).isEqualByComparingTo("100.0");
  }

  @Test
  void theCsvIsUtf8WithAByteOrderMarkAndCrlfUnlessAskedWithoutTheMark() throws Exception {
    byte[] csv = get200("/open-data/" + ID + "/2026-03.csv");
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("period,agency,service,channel,received,decided,on_time_rate,suppressed\r\n");
    assertThat(text.split("\r\n")).allMatch(l -> !l.contains("\n"));
    assertThat(text)
        .contains("2026-03," + agency.code().value() + "," + svc("A") + ",COUNTER,,0,,received\r\n")
        .contains("2026-03," + agency.code().value() + ",TOTAL,TOTAL,13,4,100.0,\r\n");
    byte[] plain = get200("/open-data/" + ID + "/2026-03.csv?bom=false");
    assertThat(plain[0]).isEqualTo((byte) 'p');
  }

  @Test
  void theJsonNamesItsFieldsAndGivesSuppressedValuesAsNull() throws Exception {
    JsonNode doc = JSON.readTree(get200("/open-data/" + ID + "/2026-03.json"));
    assertThat(doc.get("dataset").asString()).isEqualTo(ID);
    assertThat(doc.get("period").asString()).isEqualTo("2026-03");
    assertThat(doc.get("licence").asString()).isEqualTo("OGDL-Taiwan-1.0");
    assertThat(doc.get("fields").get(4).get("name").asString()).isEqualTo("received");
    assertThat(doc.get("fields").get(4).get("description").get("zh-TW").asString()).isNotBlank();
    JsonNode cell = null;
    for (JsonNode row : doc.get("rows")) {
      if (row.get("service").asString().equals(svc("A"))
          && row.get("channel").asString().equals("COUNTER")) {
        cell = row;
      }
    }
    assertThat(cell).isNotNull();
    assertThat(cell.get("received").isNull()).isTrue();
    assertThat(cell.get("suppressed").get(0).asString()).isEqualTo("received");
    assertThat(cell.get("decided").asInt()).isZero();
  }

  @Test
  void theOdsOpensAndHoldsTheTotals() throws Exception {
    byte[] ods = get200("/open-data/" + ID + "/2026-03.ods");
    String content = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("content.xml")) {
          content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(content)
        .contains("on_time_rate")
        .contains(svc("B"))
        .contains("office:value=\"13\"")
        .contains("received");
  }

  @Test
  void aPeriodsUrlServesTheSameFileUntilThePeriodIsRebuilt() throws Exception {
    String url = "/open-data/" + ID + "/2026-03.csv";
    byte[] first = get200(url);
    file("B", Channel.COUNTER, 3); // March's figures change; the stored month does not
    assertThat(get200(url)).isEqualTo(first);
    openData.rebuild(ID, "2026-03");
    assertThat(new String(get200(url), StandardCharsets.UTF_8))
        .contains(agency.code().value() + ",TOTAL,TOTAL,16,");
  }

  @Test
  void theApiListsEveryDatasetWithTheContractFieldsAndTheLatestFileIsTheLatestPeriods()
      throws Exception {
    JsonNode list = JSON.readTree(get200("/api/v1/open-data"));
    assertThat(list.size()).isEqualTo(openData.datasets().size());
    JsonNode cases = null;
    for (JsonNode d : list) {
      assertThat(d.has("id") && d.has("title") && d.has("formats") && d.has("updated")).isTrue();
      assertThat(d.get("licence").asString()).isEqualTo("OGDL-Taiwan-1.0");
      assertThat(d.get("url").asString()).endsWith("/open-data/" + d.get("id").asString());
      if (d.get("id").asString().equals(ID)) {
        cases = d;
      }
    }
    assertThat(cases.get("title").get("zh-TW").asString()).contains("申辦案件");
    assertThat(cases.get("title").get("en").asString()).contains("Applications");
    assertThat(cases.get("formats").toString()).isEqualTo("[\"csv\",\"json\",\"ods\"]");
    assertThat(cases.get("updated").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    String latest = cases.get("latestPeriod").asString();
    assertThat(get200("/open-data/" + ID + ".csv"))
        .isEqualTo(get200("/open-data/" + ID + "/" + latest + ".csv"));
  }

  @Test
  void anUnknownDatasetOrAPeriodNotBuiltIsNotFound() throws Exception {
    mvc.perform(get("/open-data/no-such.csv")).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/open-data").accept("application/xml"))
        .andExpect(status().isNotAcceptable());
    mvc.perform(get("/open-data/" + ID + "/1999-01.csv")).andExpect(status().isNotFound());
    mvc.perform(get("/open-data/" + ID + "/not-a-month.json")).andExpect(status().isNotFound());
  }

  @Test
  void aRefreshBuildsTheMissingClosedPeriodsOnceAndThenOnlyTheLatest() {
    LocalDate today = LocalDate.parse("2025-02-10");
    int first = openData.refresh(today);
    assertThat(first).isGreaterThanOrEqualTo(openData.datasets().size());
    assertThat(openData.refresh(today)).isEqualTo(openData.datasets().size());
    assertThat(openData.periods(ID)).contains("2025-01", "2024-02").doesNotContain("2025-02");
  }

  private byte[] get200(String url) throws Exception {
    return mvc.perform(get(url))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }
}
