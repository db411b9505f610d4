// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.address.PublicAddress;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.files.QrCode;
import tw.civicdesk.platform.web.FormSupport;
import tw.civicdesk.surveys.Kiosks;

/**
 * The console page of an agency's counter kiosks ({@code /console/surveys/kiosks}): its quality
 * officer or administrator lists, registers and revokes them; anyone else gets 404. A new kiosk's
 * activation link is shown once, on the answer to the form that registered it, which no cache
 * keeps; nobody can show it again.
 */
@Controller
class KioskConsoleController {

  static final String VIEW = "surveys/kiosks";
  static final String PATH = "/console/surveys/kiosks";

  private final Kiosks kiosks;
  private final PublicAddress address;
  private final MessageSource messages;

  KioskConsoleController(Kiosks kiosks, PublicAddress address, MessageSource messages) {
    this.kiosks = kiosks;
    this.address = address;
    this.messages = messages;
  }

  @GetMapping(PATH)
  String list(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
    return page(staff, new KioskForm(), model, locale);
  }

  @PostMapping(PATH)
  String register(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") KioskForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    if (!result.hasErrors()) {
      try {
        Kiosks.Registered registered = kiosks.register(staff, form.toCommand());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("registered", registered.kiosk());
        String link = address.link(KioskController.ACTIVATE_PREFIX + "/" + registered.linkToken());
        model.addAttribute("activationLink", link);
        model.addAttribute("activationQr", QrCode.svgDataUri(link));
        return page(staff, new KioskForm(), model, locale);
      } catch (DomainException e) {
        FormSupport.reject(e, result);
      }
    }
    return page(staff, form, model, locale);
  }

  @PostMapping(PATH + "/{id}/revoke")
  String revoke(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute("revoked", kiosks.revoke(staff, id).name());
    return "redirect:" + PATH;
  }

  private String page(StaffPrincipal staff, KioskForm form, Model model, Locale locale) {
    Kiosks.Overview overview = kiosks.overview(staff);
    Map<String, String> surveys = new LinkedHashMap<>();
    overview.surveys().forEach(s -> surveys.put(s.code().value(), s.title().in(locale)));
    Map<String, String> units = new LinkedHashMap<>();
    units.put("", messages.getMessage("survey-kiosk.console.no-unit", null, locale));
    Map<Long, String> unitNames = new LinkedHashMap<>();
    for (Unit unit : overview.units()) {
      units.put(Long.toString(unit.id()), unit.name().in(locale));
      unitNames.put(unit.id(), unit.name().in(locale));
    }
    if (form.getSurvey().isBlank() && !surveys.isEmpty()) {
      form.setSurvey(surveys.keySet().iterator().next());
    }
    model.addAttribute("form", form);
    model.addAttribute("kiosks", overview.kiosks());
    model.addAttribute("surveyOptions", surveys);
    model.addAttribute("unitOptions", units);
    model.addAttribute("unitNames", unitNames);
    Map<String, String> titles = new LinkedHashMap<>();
    overview.titles().forEach((code, title) -> titles.put(code.value(), title.in(locale)));
    model.addAttribute("surveyTitles", titles);
    return VIEW;
  }
}
