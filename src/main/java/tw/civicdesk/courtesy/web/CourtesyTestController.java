// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.courtesy.Courtesy;
import tw.civicdesk.courtesy.CourtesyAccess;
import tw.civicdesk.courtesy.CourtesyTest;
import tw.civicdesk.courtesy.FollowUps;
import tw.civicdesk.courtesy.Sheet;
import tw.civicdesk.courtesy.Slot;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The test form ({@code /console/courtesy/tests/new}), filled in while on the phone: one page, one
 * round trip, every problem beside its field and in a summary (422); the server scores the test.
 * Only for the agency's quality officers and test panel (404 to anyone else). A recorded test is
 * shown at {@code /console/courtesy/tests/{id}} to whoever may see its unit's results.
 */
@Controller
class CourtesyTestController {

  static final String FORM = "courtesy/form";

  private final Courtesy courtesy;
  private final CourtesyAccess access;
  private final FollowUps followUps;
  private final CourtesyPages pages;
  private final MessageSource messages;

  CourtesyTestController(
      Courtesy courtesy,
      CourtesyAccess access,
      FollowUps followUps,
      CourtesyPages pages,
      MessageSource messages) {
    this.courtesy = courtesy;
    this.access = access;
    this.followUps = followUps;
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping("/console/courtesy/tests/new")
  String blank(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
    AgencyCode agency = tester(staff);
    Sheet sheet = courtesy.currentSheet(agency);
    return form(model, staff, sheet, CourtesyTestForm.blank(sheet, pages.now()), locale);
  }

  @PostMapping("/console/courtesy/tests/new")
  String record(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") CourtesyTestForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    AgencyCode agency = tester(staff);
    Sheet sheet = courtesy.sheet(agency, form.getSheetId());
    form.fit(sheet);
    try {
      FormSupport.requireBound(result);
      CourtesyTest test = courtesy.record(staff, agency, form.toCommand());
      redirect.addFlashAttribute("recorded", true);
      return "redirect:/console/courtesy/tests/" + test.id();
    } catch (DomainException e) {
      if (!(e instanceof FormSupport.FormNotBound)) {
        FormSupport.reject(e, result);
      }
      response.setStatus(422);
      return form(model, staff, sheet, form, locale);
    }
  }

  @GetMapping("/console/courtesy/tests/{id}")
  String show(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id, Model model) {
    CourtesyTest test = courtesy.test(staff, id);
    Sheet sheet = courtesy.sheet(test.agency(), test.sheetId());
    boolean names = courtesy.rules(test.agency()).showNames();
    model.addAttribute("test", test);
    model.addAttribute("sheet", sheet);
    model.addAttribute("rows", CourtesyPages.rows(sheet));
    model.addAttribute("band", sheet.content().band(test.band()));
    model.addAttribute("unit", pages.units(test.agency()).get(test.unitId()));
    model.addAttribute("names", names);
    model.addAttribute("followUp", followUps.ofTest(staff, id));
    return "courtesy/test";
  }

  private AgencyCode tester(StaffPrincipal staff) {
    if (!access.isTester(staff, staff.agencyCode())) {
      throw new tw.civicdesk.platform.error.NotFoundException("courtesy.not-found");
    }
    return staff.agencyCode();
  }

  private String form(
      Model model, StaffPrincipal staff, Sheet sheet, CourtesyTestForm form, Locale locale) {
    AgencyCode agency = staff.agencyCode();
    Map<String, String> slots = new LinkedHashMap<>();
    slots.put("", messages.getMessage("courtesy.form.no-slot", null, locale));
    Map<Long, tw.civicdesk.platform.i18n.BilingualText> units = pages.units(agency);
    for (Slot s : courtesy.schedule(staff, agency, pages.today().getYear())) {
      if (s.testId() == null) {
        tw.civicdesk.platform.i18n.BilingualText unit = units.get(s.unitId());
        slots.put(
            Long.toString(s.id()),
            s.from() + "–" + s.to() + " " + (unit == null ? "" : unit.in(locale)));
      }
    }
    model.addAttribute("form", form);
    model.addAttribute("sheet", sheet);
    model.addAttribute("rows", CourtesyPages.rows(sheet));
    model.addAttribute("unitOptions", pages.unitOptions(agency, locale));
    model.addAttribute("slotOptions", slots);
    return FORM;
  }
}
