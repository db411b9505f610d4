// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.petitions.PetitionAdministration;
import tw.civicdesk.petitions.PetitionRules;
import tw.civicdesk.petitions.Route;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The places of an agency's area ({@code /console/petitions/rules/{code}/places}) and the routing
 * of a category and a place to a unit ({@code …/routes}): lists with a remove button per row and a
 * form to add one. A refused removal (a place a rule names) is shown on the page, 422.
 */
@Controller
class PetitionPlacesController {

  static final String PLACES = "petitions/admin-places";
  static final String ROUTES = "petitions/admin-routes";
  private static final String BASE = "/console/petitions/rules/{code}";

  private final RulePages pages;
  private final PetitionAdministration administration;
  private final PetitionRules rules;
  private final MessageSource messages;

  PetitionPlacesController(
      RulePages pages,
      PetitionAdministration administration,
      PetitionRules rules,
      MessageSource messages) {
    this.pages = pages;
    this.administration = administration;
    this.rules = rules;
    this.messages = messages;
  }

  @GetMapping(BASE + "/places")
  String places(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      Model model,
      Locale locale) {
    Agency agency = pages.agency(staff, code);
    return placesPage(model, agency, new PlaceForm(), locale);
  }

  @PostMapping(BASE + "/places")
  String addPlace(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @ModelAttribute("form") PlaceForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Agency agency = pages.agency(staff, code);
    try {
      Route.Where added =
          administration.addPlace(
              staff,
              agency.code(),
              form.getDistrict() == null ? "" : form.getDistrict(),
              form.getVillage() == null ? "" : form.getVillage());
      redirect.addFlashAttribute("added", PetitionAdministration.place(added));
      return "redirect:/console/petitions/rules/" + agency.code().value() + "/places";
    } catch (DomainException e) {
      FormSupport.reject(e, result);
      response.setStatus(422);
      return placesPage(model, agency, form, locale);
    }
  }

  @PostMapping(BASE + "/places/remove")
  String removePlace(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @RequestParam(defaultValue = "") String district,
      @RequestParam(defaultValue = "") String village,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Agency agency = pages.agency(staff, code);
    try {
      Route.Where where = new Route.Where(district, village);
      administration.removePlace(staff, agency.code(), where);
      redirect.addFlashAttribute("removed", PetitionAdministration.place(where));
      return "redirect:/console/petitions/rules/" + agency.code().value() + "/places";
    } catch (DomainException | IllegalArgumentException e) {
      response.setStatus(422);
      model.addAttribute("refused", refusal(e, locale));
      return placesPage(model, agency, new PlaceForm(), locale);
    }
  }

  @GetMapping(BASE + "/routes")
  String routes(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      Model model,
      Locale locale) {
    Agency agency = pages.agency(staff, code);
    return routesPage(staff, model, agency, new RouteForm(), locale);
  }

  @PostMapping(BASE + "/routes")
  String addRoute(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @ModelAttribute("form") RouteForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Agency agency = pages.agency(staff, code);
    try {
      FormSupport.requireBound(result);
      administration.saveRoute(
          staff,
          agency.code(),
          form.getCategory() == null ? "" : form.getCategory(),
          RouteForm.place(form.getPlace()),
          form.getUnitId() == null ? -1 : form.getUnitId());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/console/petitions/rules/" + agency.code().value() + "/routes";
    } catch (DomainException | IllegalArgumentException e) {
      if (e instanceof DomainException d && !(e instanceof FormSupport.FormNotBound)) {
        FormSupport.reject(d, result);
      } else if (e instanceof IllegalArgumentException) {
        result.rejectValue("place", "petition-admin.error.route-place");
      }
      response.setStatus(422);
      return routesPage(staff, model, agency, form, locale);
    }
  }

  @PostMapping(BASE + "/routes/remove")
  String removeRoute(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @RequestParam(defaultValue = "") String category,
      @RequestParam(defaultValue = "") String place,
      RedirectAttributes redirect) {
    Agency agency = pages.agency(staff, code);
    administration.removeRoute(staff, agency.code(), category, RouteForm.place(place));
    redirect.addFlashAttribute("removed", true);
    return "redirect:/console/petitions/rules/" + agency.code().value() + "/routes";
  }

  private String refusal(Exception e, Locale locale) {
    if (e instanceof tw.civicdesk.platform.error.InvalidFields fields) {
      var p = fields.problems().get(0);
      return messages.getMessage(p.messageKey(), p.arguments().toArray(), locale);
    }
    return messages.getMessage("petition-admin.error.place", new Object[] {30}, locale);
  }

  private String placesPage(Model model, Agency agency, PlaceForm form, Locale locale) {
    pages.common(model, agency, locale);
    model.addAttribute("form", form);
    model.addAttribute("places", rules.places(agency.code()));
    return PLACES;
  }

  private String routesPage(
      StaffPrincipal staff, Model model, Agency agency, RouteForm form, Locale locale) {
    pages.common(model, agency, locale);
    model.addAttribute("form", form);
    model.addAttribute("routes", rules.routes(agency.code()));
    Map<String, String> categories = new LinkedHashMap<>();
    categories.put("", messages.getMessage("petition-admin.choose", null, locale));
    Map<String, String> categoryNames = new LinkedHashMap<>();
    administration
        .categories(staff, agency.code())
        .forEach(
            c -> {
              String name =
                  messages.getMessage("petitions.kind." + c.category().kind().name(), null, locale)
                      + messages.getMessage("petition-admin.kind-separator", null, locale)
                      + c.category().name().in(locale);
              categories.put(c.category().code(), name);
              categoryNames.put(c.category().code(), name);
            });
    model.addAttribute("categoryOptions", categories);
    model.addAttribute("categoryNames", categoryNames);
    model.addAttribute("placeOptions", placeOptions(rules.places(agency.code()), locale));
    return ROUTES;
  }

  private Map<String, String> placeOptions(List<Route.Where> places, Locale locale) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("", messages.getMessage("petition-admin.place.anywhere", null, locale));
    for (Route.Where p : places) {
      options.put(
          RouteForm.value(p),
          p.village().isEmpty()
              ? messages.getMessage(
                  "petition-admin.place.whole-district", new Object[] {p.district()}, locale)
              : p.district() + " " + p.village());
    }
    return options;
  }
}
