// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.courtesy.Courtesy;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The agency's unannounced schedule ({@code /console/courtesy/schedule}: planned windows and the
 * unit to call, for the quality officers and the panel) and the test panel ({@code
 * /console/courtesy/panel}: who may test, for the quality officers). Everyone else: 404.
 */
@Controller
class CourtesyScheduleController {

  private final Courtesy courtesy;
  private final CourtesyPages pages;
  private final Organisation organisation;

  CourtesyScheduleController(Courtesy courtesy, CourtesyPages pages, Organisation organisation) {
    this.courtesy = courtesy;
    this.pages = pages;
    this.organisation = organisation;
  }

  /** The form of a planned slot. */
  public static class SlotForm {
    private String from = "";
    private String to = "";
    private String unitId = "";
    private String note = "";

    public String getFrom() {
      return from;
    }

    public void setFrom(@Nullable String from) {
      this.from = from == null ? "" : from;
    }

    public String getTo() {
      return to;
    }

    public void setTo(@Nullable String to) {
      this.to = to == null ? "" : to;
    }

    public String getUnitId() {
      return unitId;
    }

    public void setUnitId(@Nullable String unitId) {
      this.unitId = unitId == null ? "" : unitId;
    }

    public String getNote() {
      return note;
    }

    public void setNote(@Nullable String note) {
      this.note = note == null ? "" : note;
    }
  }

  @GetMapping("/console/courtesy/schedule")
  String schedule(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable Integer year,
      Model model,
      Locale locale) {
    return schedulePage(model, staff, year, new SlotForm(), locale);
  }

  @PostMapping("/console/courtesy/schedule")
  String plan(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") SlotForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    AgencyCode agency = staff.agencyCode();
    try {
      FormSupport.requireBound(result);
      LocalDate from =
          FormSupport.parse(
              "from", form.getFrom(), LocalDate::parse, "courtesy.slot.from-required", result);
      LocalDate to =
          FormSupport.parse(
              "to", form.getTo(), LocalDate::parse, "courtesy.slot.to-invalid", result);
      FormSupport.requireBound(result);
      long unit = form.getUnitId().matches("\\d{1,18}") ? Long.parseLong(form.getUnitId()) : 0L;
      courtesy.planSlot(staff, agency, from, to, unit, form.getNote().strip());
      redirect.addFlashAttribute("planned", true);
      return "redirect:/console/courtesy/schedule?year=" + (from == null ? "" : from.getYear());
    } catch (DomainException e) {
      if (!(e instanceof FormSupport.FormNotBound)) {
        FormSupport.reject(e, result);
      }
      response.setStatus(422);
      return schedulePage(model, staff, null, form, locale);
    }
  }

  private String schedulePage(
      Model model, StaffPrincipal staff, @Nullable Integer year, SlotForm form, Locale locale) {
    int shown = year == null ? pages.today().getYear() : year;
    model.addAttribute("slots", courtesy.schedule(staff, staff.agencyCode(), shown));
    model.addAttribute("year", shown);
    model.addAttribute("units", pages.units(staff.agencyCode()));
    model.addAttribute("unitOptions", pages.unitOptions(staff.agencyCode(), locale));
    model.addAttribute("form", form);
    return "courtesy/schedule";
  }

  @GetMapping("/console/courtesy/panel")
  String panel(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
    return panelPage(model, staff);
  }

  @PostMapping("/console/courtesy/panel")
  String setPanel(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam String username,
      @RequestParam(defaultValue = "add") String action,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      courtesy.setPanel(staff, staff.agencyCode(), username, "add".equals(action));
      return "redirect:/console/courtesy/panel";
    } catch (tw.civicdesk.platform.error.InvalidFields e) {
      response.setStatus(422);
      model.addAttribute("panelError", e.problems().get(0).messageKey());
      return panelPage(model, staff);
    }
  }

  private String panelPage(Model model, StaffPrincipal staff) {
    AgencyCode agency = staff.agencyCode();
    java.util.List<String> panel = courtesy.panel(staff, agency);
    Map<String, String> names = organisation.displayNames(staff);
    java.util.Set<String> enabled = courtesy.enabledStaff(agency);
    Map<String, String> candidates = new java.util.LinkedHashMap<>();
    names.forEach(
        (u, n) -> {
          if (enabled.contains(u) && !panel.contains(u)) {
            candidates.put(u, n + " (" + u + ")");
          }
        });
    model.addAttribute("panel", panel);
    model.addAttribute("names", names);
    model.addAttribute("candidates", candidates);
    return "courtesy/panel";
  }
}
