// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** One CSV writer for every export: RFC 4180 quoting, a BOM, inert formulas, a private download. */
class CsvFileTests {

  @Test
  void cellsAreQuotedOnlyWhenTheyMustBeAndFormulasAreMadeInert() {
    CsvFile csv =
        new CsvFile(List.of("a", "b"))
            .line(List.of("礁溪鄉公所, 民政課", "say \"hi\""))
            .line(List.of("=SUM(A1)", "-1"))
            .line(List.of("", "two\nlines"));

    assertThat(new String(csv.bytes(), StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFFa,b\r\n"
                + "\"礁溪鄉公所, 民政課\",\"say \"\"hi\"\"\"\r\n"
                + "'=SUM(A1),'-1\r\n"
                + ",\"two\nlines\"\r\n");
  }

  @Test
  void cellsStartingWithATabACarriageReturnOrAFullWidthFormulaSignAreMadeInertToo() {
    for (String formula : List.of("\t=1+1", "\r=1+1", "＝SUM(A1)", "＋1", "－1", "＠SUM(A1)")) {
      assertThat(CsvFile.inert(formula)).as(formula).isEqualTo("'" + formula);
    }
    for (String plain : List.of("1", "礁溪", " =1", "a=b", "", "'")) {
      assertThat(CsvFile.inert(plain)).as(plain).isEqualTo(plain);
    }
    CsvFile csv = new CsvFile(List.of("a")).line(List.of("\r=cmd|' /C calc'!A0"));
    assertThat(new String(csv.bytes(), StandardCharsets.UTF_8))
        .isEqualTo("\uFEFFa\r\n\"'\r=cmd|' /C calc'!A0\"\r\n");
  }

  @Test
  void aDownloadIsAnAttachmentWithItsNameInUtf8ThatNoCacheKeeps() {
    ResponseEntity<byte[]> answer = new CsvFile(List.of("x")).download("稽催-YILAN.csv");

    assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment;")
        .contains("filename*=UTF-8''");
    assertThat(answer.getHeaders().getCacheControl()).contains("no-store");
    assertThat(answer.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
  }
}
