// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.faq.FaqViews.Entry;
import tw.civicdesk.faq.FaqViews.StaffEntry;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.search.SearchDocument;
import tw.civicdesk.search.SearchSource;

/**
 * The FAQ's documents for the site search, kind {@value #KIND}: every published entry, its question
 * as the title and its answer as plain text as the body, at {@code /faq/{code}} — never its
 * internal notes or SOP steps, never a draft or archived entry.
 */
@Component
class FaqSearchSource implements SearchSource {

  /** The search kind of FAQ entries; the reference is the entry's code. */
  static final String KIND = "faq";

  private final FaqStore store;

  FaqSearchSource(FaqStore store) {
    this.store = store;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  @Transactional(readOnly = true)
  public void forEach(Consumer<SearchDocument> sink) {
    store.list(null, FaqStatus.PUBLISHED).stream()
        .map(StaffEntry::entry)
        .map(FaqSearchSource::document)
        .forEach(sink);
  }

  /** The search document of a published entry: public text only. */
  static SearchDocument document(Entry e) {
    String bodyEn = e.answer().en().isEmpty() ? "" : AnswerHtml.plain(e.answer().en());
    return new SearchDocument(
        KIND,
        e.code().value(),
        e.agency().value(),
        e.question(),
        new BilingualText(AnswerHtml.plain(e.answer().zh()), bodyEn),
        "/faq/" + e.code().value());
  }
}
