// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.MalformedRequestException;
import tw.civicdesk.platform.web.FormSupport;
import tw.civicdesk.surveys.SurveyChannel;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.SurveyPurpose;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;
import tw.civicdesk.surveys.statistics.Results;
import tw.civicdesk.surveys.statistics.ResultsFilter;
import tw.civicdesk.surveys.statistics.SurveyResults;
import tw.civicdesk.surveys.statistics.TrendPeriod;

/**
 * The results of a survey in the console ({@code GET /console/surveys/{code}/results}): filters
 * (period, unit, service, channel) as a GET form, the overall figure with n and both margins, a
 * table and a chart per dimension, per question (distribution) and for the trend by month, quarter
 * or year, and each table as CSV ({@code results.csv?table=}) and ODS ({@code results.ods}, one
 * sheet per table, or the one {@code table=} names). A malformed filter is shown next to its field
 * with status 400 and no figures. Reach as {@link SurveyResults}: else "not found".
 */
@Controller
class SurveyResultsController {

  static final String VIEW = "surveys/results";

  private final SurveyResults results;
  private final Organisation organisation;

  SurveyResultsController(SurveyResults results, Organisation organisation) {
    this.results = results;
    this.organisation = organisation;
  }

  @GetMapping("/console/surveys/{code}/results")
  String show(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @ModelAttribute("form") ResultsForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    SurveyView survey = results.survey(staff, code(code));
    model.addAttribute("survey", survey);
    model.addAttribute("fmt", new ResultsFormat());
    choices(model, staff, survey, locale);
    TrendPeriod period = period(form, binding);
    Optional<Results> found = results(staff, survey, form, binding);
    if (found.isEmpty() || binding.hasErrors()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return VIEW;
    }
    Results r = found.get();
    model.addAttribute("results", r);
    model.addAttribute("period", period);
    model.addAttribute("periods", TrendPeriod.values());
    model.addAttribute("trend", r.trend(period));
    model.addAttribute("trendColumns", trendColumns(r));
    model.addAttribute("links", new Links(survey.code(), form, period));
    return VIEW;
  }

  @GetMapping("/console/surveys/{code}/results.csv")
  ResponseEntity<byte[]> csv(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @ModelAttribute("form") ResultsForm form,
      @RequestParam(required = false) @Nullable String table,
      Locale locale) {
    Results r = download(staff, code, form);
    TrendPeriod period = TrendPeriod.of(form.getTrend()).orElse(TrendPeriod.MONTH);
    ResultsTables.Table t =
        ResultsTables.table(table == null ? "" : table, r, period, locale)
            .orElseThrow(() -> new MalformedRequestException("survey-results.error.table"));
    return ResultsTables.csv(t).download(fileName(r, t.name(), "csv"));
  }

  @GetMapping("/console/surveys/{code}/results.ods")
  ResponseEntity<byte[]> ods(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @ModelAttribute("form") ResultsForm form,
      @RequestParam(required = false) @Nullable String table,
      Locale locale) {
    Results r = download(staff, code, form);
    TrendPeriod period = TrendPeriod.of(form.getTrend()).orElse(TrendPeriod.MONTH);
    List<ResultsTables.Table> tables =
        (table == null || table.isBlank() ? ResultsTables.NAMES : List.of(table))
            .stream()
                .map(
                    name ->
                        ResultsTables.table(name, r, period, locale)
                            .orElseThrow(
                                () -> new MalformedRequestException("survey-results.error.table")))
                .toList();
    String name = tables.size() == 1 ? tables.get(0).name() : "all";
    return ResultsTables.ods(tables).download(fileName(r, name, "ods"));
  }

  private Results download(StaffPrincipal staff, String code, ResultsForm form) {
    ResultsFilter filter =
        ResultsFilter.parse(
            form.getFrom(), form.getTo(), form.getUnit(), form.getService(), form.getChannel());
    return results.results(staff, code(code), filter);
  }

  private Optional<Results> results(
      StaffPrincipal staff, SurveyView survey, ResultsForm form, BindingResult binding) {
    try {
      ResultsFilter filter =
          ResultsFilter.parse(
              form.getFrom(), form.getTo(), form.getUnit(), form.getService(), form.getChannel());
      return Optional.of(results.results(staff, survey.code(), filter));
    } catch (InvalidFields e) {
      FormSupport.reject(e, binding);
      return Optional.empty();
    }
  }

  /** The trend's columns: the overall figure first, then every other dimension. */
  private static List<Results.DimensionResult> trendColumns(Results r) {
    List<Results.DimensionResult> columns = new java.util.ArrayList<>();
    if (r.overall() != null) {
      columns.add(r.overall());
    }
    r.dimensions().stream().filter(d -> !d.isOverall()).forEach(columns::add);
    return columns;
  }

  private static TrendPeriod period(ResultsForm form, BindingResult binding) {
    String raw = form.getTrend();
    if (raw == null || raw.isBlank()) {
      return TrendPeriod.MONTH;
    }
    Optional<TrendPeriod> period = TrendPeriod.of(raw);
    if (period.isEmpty()) {
      binding.rejectValue("trend", "survey-results.error.trend");
    }
    return period.orElse(TrendPeriod.MONTH);
  }

  private void choices(Model model, StaffPrincipal staff, SurveyView survey, Locale locale) {
    boolean staffSurvey = survey.purpose() == SurveyPurpose.STAFF;
    model.addAttribute("staffSurvey", staffSurvey);
    Map<String, String> units = new LinkedHashMap<>();
    Map<String, String> services = new LinkedHashMap<>();
    Map<String, String> channels = new LinkedHashMap<>();
    if (!staffSurvey) {
      organisation
          .units(survey.agency())
          .forEach(u -> units.put(String.valueOf(u.id()), u.name().in(locale)));
      results.services(staff, survey.code()).forEach((c, n) -> services.put(c, n.in(locale)));
      for (SurveyChannel c : SurveyChannel.values()) {
        if (c != SurveyChannel.STAFF) {
          channels.put(c.name(), "surveys.channel." + c.name());
        }
      }
    }
    model.addAttribute("units", units);
    model.addAttribute("services", services);
    model.addAttribute("channels", channels);
  }

  private static SurveyCode code(String raw) {
    SurveyCode code = SurveyCode.parse(raw);
    if (code == null) {
      throw new Surveys.SurveyNotFound();
    }
    return code;
  }

  private static String fileName(Results r, String table, String extension) {
    return r.survey().code().value() + "-results-" + table + "." + extension;
  }

  /** The addresses the page links to: downloads and the trend's periods, keeping the filters. */
  record Links(SurveyCode code, ResultsForm form, TrendPeriod period) {

    /** The CSV of table {@code table}. */
    public String csv(String table) {
      return url("/results.csv", period).queryParam("table", table).build().encode().toUriString();
    }

    /** The ODS of table {@code table}, or of every table when {@code table} is empty. */
    public String ods(String table) {
      UriComponentsBuilder url = url("/results.ods", period);
      if (!table.isEmpty()) {
        url.queryParam("table", table);
      }
      return url.build().encode().toUriString();
    }

    /** This page with the trend by {@code other}. */
    public String trend(TrendPeriod other) {
      return url("/results", other).fragment("trend").build().encode().toUriString();
    }

    private UriComponentsBuilder url(String suffix, TrendPeriod trend) {
      UriComponentsBuilder url =
          UriComponentsBuilder.fromPath("/console/surveys/" + code.value() + suffix);
      add(url, "from", form.getFrom());
      add(url, "to", form.getTo());
      add(url, "unit", form.getUnit());
      add(url, "service", form.getService());
      add(url, "channel", form.getChannel());
      url.queryParam("trend", trend.parameter());
      return url;
    }

    private static void add(UriComponentsBuilder url, String name, @Nullable String value) {
      if (value != null && !value.isBlank()) {
        url.queryParam(name, value.strip());
      }
    }
  }
}
