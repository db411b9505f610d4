// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The analysis chains of ADR 0049, token by token. */
class SearchAnalysisTests {

  static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  @Test
  void aQueryIsSplitIntoOverlappingPairsOfCharacters() {
    assertThat(tokens(SearchAnalysis.bigram(false), "戶籍謄本怎麼申請"))
        .containsExactly("戶籍", "籍謄", "謄本", "本怎", "怎麼", "麼申", "申請");
  }

  @Test
  void aDocumentKeepsEverySingleCharacterBesideThePairs() {
    assertThat(tokens(SearchAnalysis.bigram(true), "路燈不亮"))
        .contains("路", "燈", "不", "亮", "路燈", "燈不", "不亮");
  }

  @Test
  void aOneCharacterQueryIsThatCharacter() {
    assertThat(tokens(SearchAnalysis.bigram(false), "燈")).containsExactly("燈");
  }

  @Test
  void icuBreaksTraditionalChineseIntoWords() {
    List<String> words = tokens(SearchAnalysis.icu(), "戶籍謄本怎麼申請");
    assertThat(words).contains("怎麼", "申請");
    assertThat(String.join("", words)).isEqualTo("戶籍謄本怎麼申請");
    assertThat(words).hasSizeLessThan(7);
  }

  @Test
  void variantsAreFoldedToOneForm() {
    assertThat(tokens(SearchAnalysis.bigram(false), "身份證")).containsExactly("身分", "分證");
    assertThat(tokens(SearchAnalysis.bigram(false), "台北")).containsExactly("臺北");
    assertThat(tokens(SearchAnalysis.bigram(false), "這裏")).containsExactly("這裡");
    assertThat(tokens(SearchAnalysis.icu(), "身份證")).isEqualTo(tokens(SearchAnalysis.icu(), "身分證"));
  }

  @Test
  void fullWidthLettersAndDigitsMatchHalfWidthOnes() {
    assertThat(tokens(SearchAnalysis.bigram(false), "ＡＢＣ１２３")).containsExactly("abc123");
    assertThat(tokens(SearchAnalysis.icu(), "ＡＢＣ１２３")).containsExactly("abc123");
    assertThat(tokens(SearchAnalysis.english(), "ＨＩＶ Test")).containsExactly("hiv", "test");
  }

  @Test
  void englishWordsAreStemmedWithoutPossessivesOrStopWords() {
    assertThat(tokens(SearchAnalysis.english(), "the citizen's certificates"))
        .isEqualTo(tokens(SearchAnalysis.english(), "citizen certificate"));
    assertThat(tokens(SearchAnalysis.english(), "applications"))
        .isEqualTo(tokens(SearchAnalysis.english(), "application"));
    assertThat(tokens(SearchAnalysis.english(), "lights")).containsExactly("light");
  }

  @Test
  void theVersionNamesTheChain() {
    assertThat(SearchAnalysis.version(SearchAnalysis.Chain.BOTH))
        .isNotEqualTo(SearchAnalysis.version(SearchAnalysis.Chain.ICU));
  }
}
