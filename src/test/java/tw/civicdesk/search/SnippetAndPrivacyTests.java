// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Snippet shortening and the personal-data check of queries that found nothing. */
class SnippetAndPrivacyTests {

  @Test
  void aShortSnippetIsKeptAsItIs() {
    assertThat(SnippetTrim.trim("a <mark>b</mark> &amp; c", 10))
        .isEqualTo("a <mark>b</mark> &amp; c");
  }

  @Test
  void aLongSnippetKeepsItsFirstMatchAndWholeReferences() {
    String snippet = "字".repeat(100) + "<mark>路燈</mark>" + "&lt;".repeat(100);
    String cut = SnippetTrim.trim(snippet, 40);
    assertThat(cut).startsWith("…").endsWith("…").contains("<mark>路燈</mark>");
    assertThat(cut.replace("…", "")).doesNotContain("&l…").matches("(字|<mark>路燈</mark>|&lt;)+");
  }

  @Test
  void aCutInsideAMatchClosesTheMark() {
    String cut = SnippetTrim.trim("<mark>" + "燈".repeat(50) + "</mark>", 10);
    assertThat(cut).startsWith("<mark>").endsWith("</mark>…");
  }

  @Test
  void idNumbersPhonesAndEmailsLookPersonal() {
    assertThat(QueryPrivacy.looksPersonal("A123456789")).isTrue();
    assertThat(QueryPrivacy.looksPersonal("Ａ１２３４５６７８９")).isTrue();
    assertThat(QueryPrivacy.looksPersonal("0912-345-678")).isTrue();
    assertThat(QueryPrivacy.looksPersonal("(03) 987 6543")).isTrue();
    assertThat(QueryPrivacy.looksPersonal("someone@example.invalid")).isTrue();
    assertThat(QueryPrivacy.looksPersonal("案件 20261207001")).isTrue();
  }

  @Test
  void ordinaryQuestionsDoNotLookPersonal() {
    assertThat(QueryPrivacy.looksPersonal("路燈壞了找誰")).isFalse();
    assertThat(QueryPrivacy.looksPersonal("65歲老人津貼")).isFalse();
    assertThat(QueryPrivacy.looksPersonal("2026 plan")).isFalse();
    assertThat(QueryPrivacy.looksPersonal("HIV test")).isFalse();
  }

  @Test
  void storedQueriesAreNormalised() {
    assertThat(SearchMisses.normalise("  台北  ＡＢＣ 身份證 ")).isEqualTo("臺北 abc 身分證");
  }
}
