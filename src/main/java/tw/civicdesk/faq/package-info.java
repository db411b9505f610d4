// SPDX-License-Identifier: EUPL-1.2
/**
 * FAQ and knowledge base (常見問題 / 知識庫, C9): entries an agency writes once and the public and the
 * counter both answer from. An entry has a stable code ({@code JX-FAQ-STREETLIGHT}), a category of
 * its agency, a question and an answer in Traditional Chinese and English, the related services of
 * the same agency, an owning unit and a review date (檢視日期); staff alone see its internal notes
 * (內部註記) and SOP steps (作業步驟). The public votes whether an answer helped (「這有幫助嗎？」) and its page
 * views are counted per day; the quality officer reads the entries voted unhelpful.
 *
 * <p>The door for other modules and the pages is {@link tw.civicdesk.faq.Faq} with its commands in
 * {@link tw.civicdesk.faq.FaqCommands} and views in {@link tw.civicdesk.faq.FaqViews}; the public
 * reactions are {@link tw.civicdesk.faq.FaqFeedback}.
 *
 * <p>Guarantees: an answer is stored only as sanitized HTML (jsoup {@code Safelist}: p, ul, ol, li,
 * strong, em, br and links to http, https and mailto; ADR 0052); only published entries are ever
 * shown publicly or put in the search index, and the search document holds the question and the
 * answer as plain text, never the notes or the SOP steps; an entry leaves the index in the same
 * transaction in which it stops being published; every staff change leaves an audit row ({@code
 * FAQ_ENTRY_CHANGED}); votes and views keep no personal data; the owning unit's heads are told once
 * for each review date that passes.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "FAQ 常見問題",
    allowedDependencies = {
      "organisation",
      "catalogue",
      "search",
      "notification",
      "audit",
      "performance"
    })
@org.jspecify.annotations.NullMarked
package tw.civicdesk.faq;
