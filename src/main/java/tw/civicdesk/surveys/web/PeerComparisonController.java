// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.MalformedRequestException;
import tw.civicdesk.surveys.statistics.PeerComparison;

/**
 * The comparison with peers ({@code GET /console/surveys/compare?purpose=&from=&to=}): per kind of
 * agency, the agencies the reader may read side by side with a chart drawn from the table, and the
 * same as CSV ({@code GET /console/surveys/compare.csv}). Who and which agencies: {@link
 * PeerComparison}. A malformed filter is shown next to its field with status 400 and no figures.
 */
@Controller
class PeerComparisonController {

  static final String VIEW = "surveys/compare";
  static final String PATH = "/console/surveys/compare";

  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final PeerComparison comparison;
  private final Clock clock;

  PeerComparisonController(PeerComparison comparison, Clock clock) {
    this.comparison = comparison;
    this.clock = clock;
  }

  @GetMapping(PATH)
  String show(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") CompareForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    if (!PeerComparison.mayOpen(staff)) {
      throw new ForbiddenException("survey-peers.compare.not-for-you");
    }
    model.addAttribute("purposes", PeerComparison.COMPARED);
    model.addAttribute("dimensions", PeerTables.DIMENSIONS);
    Optional<CompareForm.Query> query = form.query(LocalDate.now(clock.withZone(TAIPEI)), result);
    if (query.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return VIEW;
    }
    CompareForm.Query q = query.get();
    PeerComparison.Comparison c;
    try {
      c = comparison.compare(staff, q.purpose(), q.from(), q.to());
    } catch (InvalidFields e) {
      e.problems()
          .forEach(
              p -> result.rejectValue(p.field(), p.messageKey(), p.arguments().toArray(), null));
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return VIEW;
    }
    form.setPurpose(q.purpose().name());
    form.setFrom(q.from().toString());
    form.setTo(q.to().toString());
    model.addAttribute("comparison", c);
    model.addAttribute("tables", PeerTables.of(c, locale));
    model.addAttribute("csvUrl", q.url(PATH + ".csv"));
    return VIEW;
  }

  @GetMapping(PATH + ".csv")
  ResponseEntity<byte[]> csv(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") CompareForm form,
      BindingResult result,
      Locale locale) {
    CompareForm.Query q =
        form.query(LocalDate.now(clock.withZone(TAIPEI)), result)
            .orElseThrow(() -> new MalformedRequestException("survey-peers.compare.error.csv"));
    PeerComparison.Comparison c = comparison.compare(staff, q.purpose(), q.from(), q.to());
    return PeerCsv.write(PeerTables.of(c, locale)).download(q.fileName());
  }
}
