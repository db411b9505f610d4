// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine contract on the embedded Lucene index, plus what only an index on disk shows. */
class LuceneContractTests extends SearchEngineContract {

  private LuceneSearchIndex lucene;

  @Override
  SearchEngine newEngine() {
    lucene = new LuceneSearchIndex(null, SearchAnalysis.Chain.BOTH);
    return lucene;
  }

  @AfterEach
  void close() {
    lucene.close();
  }

  @Test
  void anIndexOnDiskKeepsItsDocumentsAndVersionAcrossARestart(@TempDir Path dir) {
    try (LuceneSearchIndex first = new LuceneSearchIndex(dir, SearchAnalysis.Chain.BOTH)) {
      assertThat(first.needsRebuild()).isTrue();
      SearchEngine.Rebuilding r = first.rebuild();
      r.add(LIGHT);
      r.finish();
      first.apply(List.of(IndexChange.put(0, TRANSCRIPT)));
    }
    try (LuceneSearchIndex again = new LuceneSearchIndex(dir, SearchAnalysis.Chain.BOTH)) {
      assertThat(again.needsRebuild()).isFalse();
      assertThat(refs(again.search(new SearchQuery(java.util.Set.of(), "謄本", null, "zh-TW", 5))))
          .containsExactly("B-TRANSCRIPT");
    }
    try (LuceneSearchIndex otherChain = new LuceneSearchIndex(dir, SearchAnalysis.Chain.ICU)) {
      assertThat(otherChain.needsRebuild()).isTrue();
    }
  }

  @Test
  void anIndexLeftHalfRebuiltIsRebuiltOnTheNextStart(@TempDir Path dir) {
    try (LuceneSearchIndex first = new LuceneSearchIndex(dir, SearchAnalysis.Chain.BOTH)) {
      SearchEngine.Rebuilding r = first.rebuild();
      r.add(LIGHT);
      r.finish();
      first.rebuild().add(TRANSCRIPT);
    }
    try (LuceneSearchIndex again = new LuceneSearchIndex(dir, SearchAnalysis.Chain.BOTH)) {
      assertThat(again.needsRebuild()).isTrue();
    }
  }

  @Test
  void changesDuringARebuildAreFoundOnlyOnceItEnds() {
    SearchEngine.Rebuilding r = lucene.rebuild();
    assertThat(lucene.apply(List.of(IndexChange.put(0, TRANSCRIPT)))).isFalse();
    assertThat(refs(find("路燈"))).contains("A-LIGHT");
    r.add(LIGHT);
    r.finish();
    assertThat(refs(find("謄本"))).containsExactly("B-TRANSCRIPT");
    assertThat(refs(find("照片"))).isEmpty();
  }
}
