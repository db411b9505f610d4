// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains of the Lucene index (ADR 0049). Every chain first folds the text with ICU
 * NFKC case folding (full-width Latin and digits to half-width, half-width katakana to full, upper
 * to lower case) and then the {@link VariantFolding} table (台/臺, 身份/身分, …); documents and queries
 * go through the same folding.
 *
 * <ul>
 *   <li>{@code *_zh_icu}: ICU word breaking (its dictionary segments Traditional Chinese into words
 *       such as 戶籍謄本 / 怎麼 / 申請);
 *   <li>{@code *_zh_bi}: overlapping CJK bigrams (戶籍 籍謄 謄本 …); documents also keep every single
 *       character so that a one-character query finds them, queries are bigrams only (a
 *       one-character query is its unigram);
 *   <li>{@code *_en}: English words with possessives and stop words removed and Porter stemming
 *       (applications → applic, certificates → certif).
 * </ul>
 */
final class SearchAnalysis {

  /** Which Chinese chains are indexed and searched. */
  enum Chain {
    ICU,
    BIGRAM,
    BOTH;

    boolean icu() {
      return this != BIGRAM;
    }

    boolean bigram() {
      return this != ICU;
    }
  }

  /**
   * Changes whenever the fields, chains or folding change: an index written with another version is
   * rebuilt on start.
   */
  static final String VERSION = "civicdesk-search-3;variants=" + VariantFolding.TABLE.hashCode();

  static final String TITLE_ZH_ICU = "title_zh_icu";
  static final String TITLE_ZH_BI = "title_zh_bi";
  static final String BODY_ZH_ICU = "body_zh_icu";
  static final String BODY_ZH_BI = "body_zh_bi";
  static final String TITLE_EN = "title_en";
  static final String BODY_EN = "body_en";

  private SearchAnalysis() {}

  /** The version stamped on an index built with {@code chain}. */
  static String version(Chain chain) {
    return VERSION + ";chain=" + chain.name();
  }

  /** Chinese fields of {@code chain}: title first, then body. */
  static List<String> zhFields(Chain chain, boolean title) {
    if (chain == Chain.BOTH) {
      return title ? List.of(TITLE_ZH_BI, TITLE_ZH_ICU) : List.of(BODY_ZH_BI, BODY_ZH_ICU);
    }
    if (chain == Chain.ICU) {
      return List.of(title ? TITLE_ZH_ICU : BODY_ZH_ICU);
    }
    return List.of(title ? TITLE_ZH_BI : BODY_ZH_BI);
  }

  /** The field that stores Chinese text for titles and snippets under {@code chain}. */
  static String storedZh(Chain chain, boolean title) {
    if (chain.bigram()) {
      return title ? TITLE_ZH_BI : BODY_ZH_BI;
    }
    return title ? TITLE_ZH_ICU : BODY_ZH_ICU;
  }

  /** The analyzers documents are indexed (and highlighted) with, by field. */
  static Analyzer indexing() {
    return perField(bigram(true));
  }

  /** The analyzers queries are analysed with, by field. */
  static Analyzer querying() {
    return perField(bigram(false));
  }

  private static Analyzer perField(Analyzer bigram) {
    Analyzer icu = icu();
    Analyzer english = english();
    Map<String, Analyzer> fields = new HashMap<>();
    fields.put(TITLE_ZH_ICU, icu);
    fields.put(BODY_ZH_ICU, icu);
    fields.put(TITLE_ZH_BI, bigram);
    fields.put(BODY_ZH_BI, bigram);
    fields.put(TITLE_EN, english);
    fields.put(BODY_EN, english);
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
  }

  /** ICU word breaking after the folding. */
  static Analyzer icu() {
    return new FoldingAnalyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }
    };
  }

  /** CJK bigrams after the folding; with {@code unigrams} every single character too. */
  static Analyzer bigram(boolean unigrams) {
    return new FoldingAnalyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream lower = new LowerCaseFilter(source);
        return new TokenStreamComponents(
            source,
            new CJKBigramFilter(
                lower,
                CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA,
                unigrams));
      }
    };
  }

  /** English words: possessives, stop words, Porter stems, after the folding. */
  static Analyzer english() {
    return new FoldingAnalyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new TokenStreamComponents(source, new PorterStemFilter(stream));
      }
    };
  }

  /** NFKC case folding, then the variant table, before any tokenizer. */
  private abstract static class FoldingAnalyzer extends Analyzer {

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new MappingCharFilter(VariantFolding.MAP, new ICUNormalizer2CharFilter(reader));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
      return initReader(fieldName, reader);
    }
  }
}
