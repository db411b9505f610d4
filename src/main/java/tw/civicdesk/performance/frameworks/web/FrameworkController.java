// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.frameworks.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.frameworks.Framework;
import tw.civicdesk.performance.frameworks.FrameworkEditing;
import tw.civicdesk.performance.frameworks.FrameworkEditing.NewNode;
import tw.civicdesk.performance.frameworks.Frameworks;
import tw.civicdesk.performance.frameworks.NodeKind;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * {@code /console/frameworks}: the scoring frameworks, for system administrators only (anyone else
 * is told there is no such page); {@code /console/frameworks/{code}} edits one: titles, points,
 * weights, nodes added and removed, each change naming the version it was read at. The nodes whose
 * points do not add up are listed as a warning.
 */
@Controller
class FrameworkController {

  static final String LIST = "frameworks/list";
  static final String PAGE = "frameworks/framework";

  private final Frameworks frameworks;
  private final FrameworkEditing editing;
  private final FormSupport forms;

  FrameworkController(Frameworks frameworks, FrameworkEditing editing, FormSupport forms) {
    this.frameworks = frameworks;
    this.editing = editing;
    this.forms = forms;
  }

  @GetMapping("/console/frameworks")
  String list(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
    admin(staff);
    model.addAttribute("frameworks", frameworks.all());
    return LIST;
  }

  @GetMapping("/console/frameworks/{code}")
  String page(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      Model model,
      Locale locale) {
    Framework f = framework(staff, code);
    model.addAttribute("form", FrameworkForm.of(f, editing.version(code).orElseThrow()));
    return show(f, model, locale);
  }

  @PostMapping("/console/frameworks/{code}")
  String update(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @ModelAttribute("form") FrameworkForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    Framework f = framework(staff, code);
    return change(
        f,
        form,
        result,
        model,
        redirect,
        locale,
        f2 -> f2,
        () -> {
          List<FieldProblem> problems = new ArrayList<>();
          Integer total = FrameworkForm.integer(form.getTotalPoints(), "totalPoints", problems);
          var edits = form.edits(problems);
          if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
          }
          editing.update(staff, code, form.getVersion(), total, edits);
        });
  }

  @PostMapping("/console/frameworks/{code}/nodes")
  String add(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @ModelAttribute("form") FrameworkForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    Framework f = framework(staff, code);
    Function<String, String> field = n -> n.equals("parentPath") ? n : "added." + n;
    return change(
        f,
        form,
        result,
        model,
        redirect,
        locale,
        field,
        () -> {
          List<FieldProblem> problems = new ArrayList<>();
          FrameworkForm.NodeRow r = form.getAdded();
          Integer points = FrameworkForm.integer(r.getPoints(), "points", problems);
          var weight = FrameworkForm.decimal(r.getWeight(), "weight", problems);
          NodeKind kind =
              Arrays.stream(NodeKind.values())
                  .filter(k -> k.name().equals(r.getKind()))
                  .findFirst()
                  .orElse(NodeKind.HEADING);
          if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
          }
          editing.add(
              staff,
              code,
              form.getVersion(),
              new NewNode(
                  form.getParentPath(), kind, r.getTitleZh(), r.getTitleEn(), points, weight));
        });
  }

  @PostMapping("/console/frameworks/{code}/remove")
  String remove(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @ModelAttribute("form") FrameworkForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    Framework f = framework(staff, code);
    return change(
        f,
        form,
        result,
        model,
        redirect,
        locale,
        n -> "path",
        () -> editing.remove(staff, code, form.getVersion(), form.getPath()));
  }

  private String change(
      Framework f,
      FrameworkForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale,
      Function<String, @Nullable String> fields,
      Runnable change) {
    try {
      FormSupport.requireBound(result);
      change.run();
      redirect.addFlashAttribute("saved", true);
      return "redirect:/console/frameworks/" + f.code();
    } catch (DomainException e) {
      reject(e, result, fields);
      int version = editing.version(f.code()).orElseThrow();
      FrameworkForm current = FrameworkForm.of(f, version);
      form.setVersion(version);
      if (form.getNodes().size() != current.getNodes().size()) {
        form.setNodes(current.getNodes());
      }
      return show(f, model, locale);
    }
  }

  private String show(Framework f, Model model, Locale locale) {
    model.addAttribute("framework", f);
    model.addAttribute("inconsistencies", f.inconsistencies());
    model.addAttribute("cellColumns", List.of("titleZh", "titleEn", "points", "weight"));
    Map<String, String> kinds = forms.enumOptions(NodeKind.class, "plans.node-kind.", locale);
    kinds.remove(NodeKind.HEADING.name());
    model.addAttribute("kindChoices", kinds);
    FrameworkForm all = FrameworkForm.of(f, 0);
    Map<String, String> parents =
        all.getNodes().stream()
            .collect(
                Collectors.toMap(
                    FrameworkForm.NodeRow::getPath,
                    r -> r.getPath() + " " + r.getTitleZh(),
                    (a, b) -> a,
                    java.util.LinkedHashMap::new));
    model.addAttribute("parentChoices", parents);
    return PAGE;
  }

  /**
   * Records {@code e} on the form, each field problem under the form's name for it ({@code fields}
   * answers {@code null} for one the form has no field for, shown for the whole form); a refusal or
   * an unknown record is rethrown, to answer 403 or 404.
   */
  private static void reject(
      DomainException e, BindingResult result, Function<String, @Nullable String> fields) {
    if (e instanceof ForbiddenException || e instanceof NotFoundException) {
      throw e;
    }
    if (!(e instanceof InvalidFields invalid)) {
      result.reject(e.messageKey(), e.messageArguments(), null);
      return;
    }
    for (FieldProblem p : invalid.problems()) {
      String field = fields.apply(p.field());
      if (field == null) {
        result.reject(p.messageKey(), p.arguments().toArray(), null);
      } else {
        result.rejectValue(field, p.messageKey(), p.arguments().toArray(), null);
      }
    }
  }

  private Framework framework(StaffPrincipal staff, String code) {
    admin(staff);
    return frameworks
        .find(code)
        .orElseThrow(() -> new NotFoundException("plans.framework.not-found"));
  }

  private static void admin(StaffPrincipal staff) {
    if (!staff.has(Role.SYSTEM_ADMIN)) {
      throw new NotFoundException("plans.framework.not-found");
    }
  }
}
