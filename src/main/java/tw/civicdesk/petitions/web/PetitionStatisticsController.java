// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.petitions.statistics.Dimension;
import tw.civicdesk.petitions.statistics.ImprovementActions;
import tw.civicdesk.petitions.statistics.PetitionStatistics;
import tw.civicdesk.petitions.statistics.StatisticsAccess;
import tw.civicdesk.petitions.statistics.StatisticsQuery;
import tw.civicdesk.platform.error.MalformedRequestException;

/**
 * The quality officer's petition statistics ({@code GET /console/petitions/statistics}): the
 * figures of the months and kind asked for, tables by month, kind, channel, category and district
 * with charts drawn from them, a CSV of each table ({@code GET
 * /console/petitions/statistics.csv?by=…}), and the agency's improvement actions. A malformed
 * filter is shown next to its field with status 400 and no figures.
 */
@Controller
class PetitionStatisticsController {

  static final String VIEW = "petitions/statistics";

  private final StatisticsAccess access;
  private final PetitionStatistics statistics;
  private final StatisticsTables tables;
  private final ImprovementActions actions;
  private final RulePages pages;
  private final Clock clock;

  PetitionStatisticsController(
      StatisticsAccess access,
      PetitionStatistics statistics,
      StatisticsTables tables,
      ImprovementActions actions,
      RulePages pages,
      Clock clock) {
    this.access = access;
    this.statistics = statistics;
    this.tables = tables;
    this.actions = actions;
    this.pages = pages;
    this.clock = clock;
  }

  @GetMapping("/console/petitions/statistics")
  String show(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") StatisticsForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    AgencyCode agency = access.agencyFor(staff, form.getAgency());
    form.setAgency(agency.value());
    model.addAttribute("agencies", access.choices(staff));
    model.addAttribute("kindOptions", RulePages.KINDS);
    Optional<StatisticsQuery> query = form.query(agency, YearMonth.now(clock), result);
    if (query.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return VIEW;
    }
    StatisticsQuery q = query.get();
    form.setFrom(q.from().toString());
    form.setTo(q.to().toString());
    model.addAttribute("query", q);
    model.addAttribute("total", statistics.total(q));
    model.addAttribute("satisfaction", statistics.satisfaction(q));
    model.addAttribute("closures", tables.closures(q));
    model.addAttribute("tables", tables.tables(q, locale));
    model.addAttribute("csv", new CsvLinks(q));
    model.addAttribute("actions", actions.list(agency));
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("mayManageActions", StatisticsAccess.mayManageActions(staff, agency));
    pages.unitNames(model, agency, locale);
    return VIEW;
  }

  @GetMapping("/console/petitions/statistics.csv")
  ResponseEntity<byte[]> csv(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") StatisticsForm form,
      BindingResult result,
      Locale locale) {
    AgencyCode agency = access.agencyFor(staff, form.getAgency());
    StatisticsQuery q =
        form.query(agency, YearMonth.now(clock), result)
            .filter(x -> x.by() != Dimension.TOTAL)
            .orElseThrow(
                () -> new MalformedRequestException("petition-admin.statistics.error.csv"));
    return StatisticsCsv.write(tables.table(q, locale)).download(StatisticsTables.fileName(q));
  }

  /** The CSV address of each table of the page. */
  record CsvLinks(StatisticsQuery query) {

    /** The CSV of the table grouped by {@code by}. */
    public String of(Dimension by) {
      UriComponentsBuilder url =
          UriComponentsBuilder.fromPath("/console/petitions/statistics.csv")
              .queryParam("agency", query.agency().value())
              .queryParam("from", query.from().toString())
              .queryParam("to", query.to().toString())
              .queryParam("by", by.parameter());
      if (query.kind() != null) {
        url.queryParam("kind", query.kind().name());
      }
      return url.build().encode().toUriString();
    }
  }
}
