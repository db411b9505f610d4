// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.i18n.Languages;
import tw.civicdesk.platform.web.FormSupport;
import tw.civicdesk.surveys.QuestionKind;
import tw.civicdesk.surveys.Questionnaire;
import tw.civicdesk.surveys.StandardDimension;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.SurveyPurpose;
import tw.civicdesk.surveys.Surveys;

/** What the console's survey pages share: the agency asked for and the options of the builder. */
@Component
class ConsolePages {

  private final Organisation organisation;
  private final FormSupport forms;
  private final MessageSource messages;

  ConsolePages(Organisation organisation, FormSupport forms, MessageSource messages) {
    this.organisation = organisation;
    this.forms = forms;
    this.messages = messages;
  }

  /** The agency {@code raw} names, the viewer's own when blank; "not found" outside their reach. */
  Agency agency(StaffPrincipal staff, @Nullable String raw) {
    return raw == null || raw.isBlank()
        ? organisation.agencyFor(staff, staff.agencyCode())
        : organisation.agencyFor(staff, raw.strip());
  }

  /** The agencies the viewer may choose among (more than one for a system administrator). */
  List<Agency> choices(StaffPrincipal staff) {
    return organisation.agenciesFor(staff);
  }

  /** The agency the viewer may build surveys of; "not found" otherwise. */
  Agency buildable(StaffPrincipal staff, @Nullable String raw) {
    Agency agency = agency(staff, raw);
    if (!Surveys.mayBuild(staff, agency.code())) {
      throw new Surveys.SurveyNotFound();
    }
    return agency;
  }

  /** The survey code in a URL; "not found" when it cannot be one. */
  static SurveyCode code(String raw) {
    SurveyCode code = SurveyCode.parse(raw);
    if (code == null) {
      throw new Surveys.SurveyNotFound();
    }
    return code;
  }

  /** The builder's options: kinds, purposes, and dimensions (standard and the form's own). */
  void builderOptions(Model model, QuestionnaireForm form, Locale locale) {
    model.addAttribute(
        "kindOptions", forms.enumOptions(QuestionKind.class, "surveys.kind.", locale));
    model.addAttribute(
        "purposeOptions", forms.enumOptions(SurveyPurpose.class, "surveys.purpose.", locale));
    Map<String, String> dimensions = new LinkedHashMap<>();
    dimensions.put("", messages.getMessage("survey-builder.dimension.choose", null, locale));
    for (StandardDimension d : StandardDimension.values()) {
      dimensions.put(d.name(), d.displayName().in(locale));
    }
    for (DimensionForm d : form.getOwnDimensions()) {
      String code = d.getCode().strip().toUpperCase(Locale.ROOT);
      if (!code.isEmpty() && StandardDimension.of(code) == null) {
        String name =
            Languages.isEnglish(locale) && !d.getName().getEn().isBlank()
                ? d.getName().getEn()
                : d.getName().getZh();
        dimensions.putIfAbsent(code, name.isBlank() ? code : name);
      }
    }
    model.addAttribute("dimensionOptions", dimensions);
    model.addAttribute("ids", FieldIds.INSTANCE);
    model.addAttribute("labels", new FieldLabels(messages, locale));
    model.addAttribute("lacksOverall", form.lacksOverall());
  }

  /** One row of the version history: a version's title, its questions and its answers. */
  record VersionRow(int version, Questionnaire questionnaire, long answers) {}
}
