// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.posters;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.catalogue.ServiceFilter;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.address.PublicAddress;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.files.PdfFont;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.i18n.Languages;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.SurveyPurpose;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;

/**
 * QR posters of a counter or general survey, for the staff of its agency to print and put up at a
 * counter or beside a service: an A4 PDF in both languages whose QR code opens the survey page as a
 * poster's answer ({@code /surveys/{code}?via=qr&unit=…&service=…}, on the site's public address,
 * {@link PublicAddress}), so that the answers count under channel QR with that counter or service.
 *
 * <p>Reach: a survey outside the staff member's agency, a post-case or staff survey, a unit that is
 * not the agency's or a service the agency does not publish are "not found".
 */
@Service
public class SurveyPosters {

  private final Surveys surveys;
  private final Organisation organisation;
  private final Catalogue catalogue;
  private final PublicAddress address;
  private final PdfFont font;
  private final MessageSource messages;

  SurveyPosters(
      Surveys surveys,
      Organisation organisation,
      Catalogue catalogue,
      PublicAddress address,
      PdfFont font,
      MessageSource messages) {
    this.surveys = surveys;
    this.organisation = organisation;
    this.catalogue = catalogue;
    this.address = address;
    this.font = font;
    this.messages = messages;
  }

  /** What posters a survey can have: the agency's units and published services. */
  public record Targets(
      SurveyView survey, Agency agency, List<Unit> units, List<ServiceVersion> services) {}

  /** A poster: its file name and the PDF. */
  public record Poster(String fileName, byte[] pdf) {}

  /** The counters and services the posters of survey {@code code} may name. */
  public Targets targets(StaffPrincipal staff, SurveyCode code) {
    SurveyView survey = postable(staff, code);
    Agency agency = organisation.agency(survey.agency()).orElseThrow(Surveys.SurveyNotFound::new);
    return new Targets(
        survey,
        agency,
        organisation.units(agency.code()),
        catalogue.published(ServiceFilter.allOf(agency.code())).items());
  }

  /**
   * The poster of survey {@code code} for counter {@code unitId} and/or service {@code serviceCode}
   * (either may be {@code null}: a poster for the whole agency).
   *
   * @throws NotFoundException when the survey, the unit or the service is out of reach
   */
  public Poster poster(
      StaffPrincipal staff, SurveyCode code, @Nullable Long unitId, @Nullable String serviceCode) {
    Targets targets = targets(staff, code);
    Unit unit =
        unitId == null
            ? null
            : targets.units().stream()
                .filter(u -> u.id() == unitId)
                .findFirst()
                .orElseThrow(TargetNotFound::new);
    ServiceVersion service =
        serviceCode == null
            ? null
            : targets.services().stream()
                .filter(s -> s.code().value().equals(serviceCode))
                .findFirst()
                .orElseThrow(TargetNotFound::new);
    byte[] pdf =
        PosterPdf.write(
            texts(targets, unit, service),
            link(code, unitId, service == null ? null : service.code()),
            address.link("/surveys/" + code.value()),
            font.get());
    return new Poster(fileName(code, unit, service), pdf);
  }

  /**
   * The absolute link a poster's QR code opens: the survey page marked as a poster's answer, with
   * the counter and the service it names.
   */
  public String link(SurveyCode code, @Nullable Long unitId, @Nullable ServiceCode service) {
    StringBuilder path = new StringBuilder("/surveys/").append(code.value()).append("?via=qr");
    if (unitId != null) {
      path.append("&unit=").append(unitId);
    }
    if (service != null) {
      path.append("&service=").append(URLEncoder.encode(service.value(), StandardCharsets.UTF_8));
    }
    return address.link(path.toString());
  }

  private SurveyView postable(StaffPrincipal staff, SurveyCode code) {
    SurveyView survey = surveys.forStaff(staff, code);
    if (survey.purpose() != SurveyPurpose.COUNTER && survey.purpose() != SurveyPurpose.GENERAL) {
      throw new Surveys.SurveyNotFound();
    }
    return survey;
  }

  private PosterPdf.Texts texts(
      Targets targets, @Nullable Unit unit, @Nullable ServiceVersion service) {
    BilingualText place =
        service != null ? service.content().name() : unit != null ? unit.name() : null;
    BilingualText agency = targets.agency().name();
    BilingualText title = targets.survey().questionnaire().title();
    return new PosterPdf.Texts(
        agency.zh(),
        agency.in(Languages.EN),
        title.zh(),
        title.in(Languages.EN),
        place == null ? null : place.zh(),
        place == null ? null : place.in(Languages.EN),
        text("survey-pages.poster.scan", Languages.ZH_TW),
        text("survey-pages.poster.scan", Languages.EN),
        text("survey-pages.poster.type", Languages.ZH_TW),
        text("survey-pages.poster.type", Languages.EN),
        text("survey-pages.poster.anonymous", Languages.ZH_TW)
            + " / "
            + text("survey-pages.poster.anonymous", Languages.EN));
  }

  private String text(String key, Locale language) {
    return messages.getMessage(key, null, language);
  }

  private static String fileName(
      SurveyCode code, @Nullable Unit unit, @Nullable ServiceVersion service) {
    return "poster-"
        + code.value()
        + (unit == null ? "" : "-unit-" + unit.id())
        + (service == null ? "" : "-" + service.code().value())
        + ".pdf";
  }

  /** The counter or the service a poster would name is not the survey agency's. */
  static final class TargetNotFound extends NotFoundException {
    TargetNotFound() {
      super("survey-pages.poster.not-found");
    }
  }
}
