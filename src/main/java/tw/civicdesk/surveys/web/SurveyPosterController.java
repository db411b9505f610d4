// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.Surveys;
import tw.civicdesk.surveys.posters.SurveyPosters;

/**
 * The QR posters of a counter or general survey, for the staff of its agency: the page listing a
 * poster for the whole agency, one per counter (unit) and one per published service, and each
 * poster as a printable A4 PDF ({@code ?unit=} and/or {@code ?service=}).
 */
@Controller
class SurveyPosterController {

  static final String PAGE = "surveys/posters";

  private final SurveyPosters posters;

  SurveyPosterController(SurveyPosters posters) {
    this.posters = posters;
  }

  @GetMapping("/console/surveys/{code}/posters")
  String list(
      @AuthenticationPrincipal StaffPrincipal staff, @PathVariable String code, Model model) {
    SurveyCode survey = code(code);
    SurveyPosters.Targets targets = posters.targets(staff, survey);
    model.addAttribute("targets", targets);
    model.addAttribute("agencyLink", posters.link(survey, null, null));
    return PAGE;
  }

  @GetMapping("/console/surveys/{code}/poster.pdf")
  ResponseEntity<byte[]> poster(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Long unit,
      @RequestParam(required = false) @Nullable String service) {
    if (service != null && !ServiceCode.isValid(service)) {
      throw new Surveys.SurveyNotFound();
    }
    SurveyPosters.Poster poster = posters.poster(staff, code(code), unit, service);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(poster.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.APPLICATION_PDF)
        .body(poster.pdf());
  }

  private static SurveyCode code(String raw) {
    SurveyCode code = SurveyCode.parse(raw);
    if (code == null) {
      throw new Surveys.SurveyNotFound();
    }
    return code;
  }
}
