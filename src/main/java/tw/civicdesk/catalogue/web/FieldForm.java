// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import tw.civicdesk.catalogue.FieldType;
import tw.civicdesk.catalogue.FormField;
import tw.civicdesk.catalogue.FormField.Choice;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The console's "add a form field" form. Choices are typed one per line as {@code value|中文|English}
 * (the English label may be left out); blank lines are ignored.
 */
public class FieldForm {

  /** Separates the parts of a choice line. */
  static final String SEPARATOR = "|";

  @NotBlank(message = "{form.error.required}")
  @Pattern(regexp = "[a-z][a-zA-Z0-9]{0,39}", message = "{catalogue.field-editor.name-format}")
  private String fieldName = "";

  @NotNull(message = "{form.error.required}")
  private @Nullable FieldType fieldType;

  private boolean fieldRequired;

  @NotBlank(message = "{form.error.required}")
  @Size(max = 100, message = "{form.error.too-long}")
  private String fieldLabelZh = "";

  @Size(max = 200, message = "{form.error.too-long}")
  private String fieldLabelEn = "";

  @Size(max = 4000, message = "{form.error.too-long}")
  private String fieldChoices = "";

  private int revision;

  static FieldForm forRevision(int revision) {
    FieldForm form = new FieldForm();
    form.revision = revision;
    return form;
  }

  /**
   * The field, or {@code null} when {@code result} has errors already or the choices are wrong;
   * wrong choices are recorded on {@code fieldChoices}.
   */
  @Nullable FormField toField(BindingResult result) {
    List<Choice> choices = choices(result);
    if (result.hasErrors() || fieldType == null) {
      return null;
    }
    if (fieldType == FieldType.CHOICE && choices.isEmpty()) {
      result.rejectValue("fieldChoices", "catalogue.field-editor.choices-required");
      return null;
    }
    if (fieldType != FieldType.CHOICE && !choices.isEmpty()) {
      result.rejectValue("fieldChoices", "catalogue.field-editor.choices-only-for-choice");
      return null;
    }
    return new FormField(
        fieldName,
        fieldType,
        fieldRequired,
        new BilingualText(fieldLabelZh, fieldLabelEn),
        choices);
  }

  /** The choices typed; the first wrong line is recorded on {@code fieldChoices}. */
  private List<Choice> choices(BindingResult result) {
    List<Choice> choices = new ArrayList<>();
    Set<String> values = new HashSet<>();
    String[] lines = fieldChoices.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split(java.util.regex.Pattern.quote(SEPARATOR), -1);
      String problem = problem(parts, values);
      if (problem != null) {
        result.rejectValue("fieldChoices", problem, new Object[] {i + 1}, null);
        return List.of();
      }
      values.add(parts[0].strip());
      choices.add(
          new Choice(
              parts[0].strip(), new BilingualText(parts[1], parts.length > 2 ? parts[2] : "")));
    }
    return choices;
  }

  private static @Nullable String problem(String[] parts, Set<String> values) {
    if (parts.length < 2 || parts.length > 3 || parts[1].isBlank()) {
      return "catalogue.field-editor.choice-line";
    }
    String value = parts[0].strip();
    if (!Choice.VALUE.matcher(value).matches()) {
      return "catalogue.field-editor.choice-value";
    }
    return values.contains(value) ? "catalogue.field-editor.choice-duplicate" : null;
  }

  // Accessors for data binding.
  public String getFieldName() {
    return fieldName;
  }

  public void setFieldName(@Nullable String v) {
    this.fieldName = v == null ? "" : v.strip();
  }

  public @Nullable FieldType getFieldType() {
    return fieldType;
  }

  public void setFieldType(@Nullable FieldType v) {
    this.fieldType = v;
  }

  public boolean isFieldRequired() {
    return fieldRequired;
  }

  public void setFieldRequired(boolean v) {
    this.fieldRequired = v;
  }

  public String getFieldLabelZh() {
    return fieldLabelZh;
  }

  public void setFieldLabelZh(@Nullable String v) {
    this.fieldLabelZh = v == null ? "" : v;
  }

  public String getFieldLabelEn() {
    return fieldLabelEn;
  }

  public void setFieldLabelEn(@Nullable String v) {
    this.fieldLabelEn = v == null ? "" : v;
  }

  public String getFieldChoices() {
    return fieldChoices;
  }

  public void setFieldChoices(@Nullable String v) {
    this.fieldChoices = v == null ? "" : v;
  }

  public int getRevision() {
    return revision;
  }

  public void setRevision(int v) {
    this.revision = v;
  }
}
