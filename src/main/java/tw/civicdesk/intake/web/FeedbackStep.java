// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import java.util.List;
import java.util.Optional;

/**
 * The pages of the public feedback form in their order, each with the fields it may bind (nothing
 * else a request sends reaches the draft) and the kinds it is asked for.
 */
enum FeedbackStep {
  START("", "feedback/start", List.of("agency", "kind")),
  CATEGORY("category", "feedback/category", List.of("category")),
  WHERE(
      "where", "feedback/where", List.of("address", "district", "village", "lat", "lon", "atHome")),
  DETAILS("details", "feedback/details", List.of("subject", "description")),
  PHOTOS("photos", "feedback/photos", List.of()),
  YOU(
      "you",
      "feedback/you",
      List.of(
          "identify",
          "name",
          "email",
          "phone",
          "postalAddress",
          "notifyBy",
          "language",
          "consent")),
  CHECK("check", "feedback/check", List.of());

  /** The kind whose reports carry photos. */
  static final String FACILITY_REPORT = "FACILITY_REPORT";

  private final String segment;
  private final String view;
  private final List<String> fields;

  FeedbackStep(String segment, String view, List<String> fields) {
    this.segment = segment;
    this.view = view;
    this.fields = fields;
  }

  /** The page's path. */
  String path() {
    return segment.isEmpty() ? "/feedback" : "/feedback/" + segment;
  }

  /** The page's template. */
  String view() {
    return view;
  }

  /** The form fields this page binds. */
  String[] fields() {
    return fields.toArray(String[]::new);
  }

  /**
   * {@code draft} with this page's answers taken from {@code answered}, a form the request was
   * bound to: whatever else a request sent never reaches the draft.
   */
  FeedbackForm merge(FeedbackForm answered, FeedbackForm draft) {
    FeedbackForm merged = draft.copy();
    org.springframework.beans.BeanWrapper from =
        new org.springframework.beans.BeanWrapperImpl(answered);
    org.springframework.beans.BeanWrapper to =
        new org.springframework.beans.BeanWrapperImpl(merged);
    for (String field : fields) {
      to.setPropertyValue(field, from.getPropertyValue(field));
    }
    return merged;
  }

  /** Whether the page is asked for {@code kind} (photos only for facility reports). */
  boolean asksFor(String kind) {
    return this != PHOTOS || FACILITY_REPORT.equals(kind);
  }

  /** The page after this one for {@code kind}, none after the check-answers page. */
  Optional<FeedbackStep> next(String kind) {
    for (int i = ordinal() + 1; i < values().length; i++) {
      if (values()[i].asksFor(kind)) {
        return Optional.of(values()[i]);
      }
    }
    return Optional.empty();
  }

  /** The page before this one for {@code kind}, for the back link; none before the start. */
  Optional<FeedbackStep> previous(String kind) {
    for (int i = ordinal() - 1; i >= 0; i--) {
      if (values()[i].asksFor(kind)) {
        return Optional.of(values()[i]);
      }
    }
    return Optional.empty();
  }
}
