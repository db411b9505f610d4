// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.catalogue.ServiceContent.RequiredDocument;
import tw.civicdesk.catalogue.ServiceContent.Step;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The stored JSON form of a version's steps, documents, forms and form fields. Its own small
 * records keep the stored format stable when the domain types change.
 */
final class ContentJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ContentJson() {}

  record StepRow(String zh, String en) {}

  record DocumentRow(String zh, String en, boolean verifiable) {}

  record FormRow(
      long fileId,
      String kind,
      String titleZh,
      String titleEn,
      String fileName,
      String contentType,
      long size,
      String sha256) {}

  record FieldRow(
      String name,
      String type,
      boolean required,
      String labelZh,
      String labelEn,
      @Nullable List<ChoiceRow> choices) {}

  record ChoiceRow(String value, String zh, String en) {}

  static String fields(List<FormField> fields) {
    return JSON.writeValueAsString(
        fields.stream()
            .map(
                f ->
                    new FieldRow(
                        f.name(),
                        f.type().name(),
                        f.required(),
                        f.label().zh(),
                        f.label().en(),
                        f.choices().stream()
                            .map(c -> new ChoiceRow(c.value(), c.label().zh(), c.label().en()))
                            .toList()))
            .toList());
  }

  /** The fields stored as {@code json}; none for {@code null} (a row older than fields). */
  static List<FormField> fields(@Nullable String json) {
    if (json == null) {
      return List.of();
    }
    return JSON.readValue(json, new TypeReference<List<FieldRow>>() {}).stream()
        .map(
            r ->
                new FormField(
                    r.name(),
                    FieldType.valueOf(r.type()),
                    r.required(),
                    new BilingualText(r.labelZh(), r.labelEn()),
                    r.choices() == null
                        ? List.of()
                        : r.choices().stream()
                            .map(
                                c ->
                                    new FormField.Choice(
                                        c.value(), new BilingualText(c.zh(), c.en())))
                            .toList()))
        .toList();
  }

  static String steps(List<Step> steps) {
    return JSON.writeValueAsString(
        steps.stream().map(s -> new StepRow(s.text().zh(), s.text().en())).toList());
  }

  static List<Step> steps(String json) {
    return JSON.readValue(json, new TypeReference<List<StepRow>>() {}).stream()
        .map(r -> new Step(new BilingualText(r.zh(), r.en())))
        .toList();
  }

  static String documents(List<RequiredDocument> documents) {
    return JSON.writeValueAsString(
        documents.stream()
            .map(d -> new DocumentRow(d.name().zh(), d.name().en(), d.electronicallyVerifiable()))
            .toList());
  }

  static List<RequiredDocument> documents(String json) {
    return JSON.readValue(json, new TypeReference<List<DocumentRow>>() {}).stream()
        .map(r -> new RequiredDocument(new BilingualText(r.zh(), r.en()), r.verifiable()))
        .toList();
  }

  static String forms(List<FormFile> forms) {
    return JSON.writeValueAsString(
        forms.stream()
            .map(
                f ->
                    new FormRow(
                        f.fileId(),
                        f.kind().name(),
                        f.title().zh(),
                        f.title().en(),
                        f.fileName(),
                        f.contentType(),
                        f.size(),
                        f.sha256()))
            .toList());
  }

  static List<FormFile> forms(String json) {
    return JSON.readValue(json, new TypeReference<List<FormRow>>() {}).stream()
        .map(
            r ->
                new FormFile(
                    r.fileId(),
                    FormKind.valueOf(r.kind()),
                    new BilingualText(r.titleZh(), r.titleEn()),
                    r.fileName(),
                    r.contentType(),
                    r.size(),
                    r.sha256()))
        .toList();
  }

  static @Nullable BilingualText optional(@Nullable String zh, @Nullable String en) {
    return zh == null || zh.isBlank() ? null : new BilingualText(zh, en);
  }
}
