// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;
import tw.civicdesk.proposals.ProposalAccess;
import tw.civicdesk.proposals.ProposalCommands.Upload;
import tw.civicdesk.proposals.ProposalIntake;
import tw.civicdesk.proposals.ProposalNumber;
import tw.civicdesk.proposals.ProposalReads;
import tw.civicdesk.proposals.ProposalSetup;
import tw.civicdesk.proposals.ProposalStatus;
import tw.civicdesk.proposals.ProposalViews.Attachment;
import tw.civicdesk.proposals.ProposalViews.Proposal;

/**
 * The console's proposals: an agency's list ({@code /console/proposals}, filtered by status and
 * unit), the form of a new proposal with its files ({@code /console/proposals/new}, every staff
 * member; problems beside their fields, 422), a proposal's page ({@code
 * /console/proposals/{number}}) and its files. Another agency's proposals are 404.
 */
@Controller
class ProposalConsoleController {

  static final String LIST = "proposals/console";
  static final String FORM = "proposals/form";

  private final ProposalReads reads;
  private final ProposalIntake intake;
  private final ProposalSetup setup;
  private final ProposalConsolePages pages;

  ProposalConsoleController(
      ProposalReads reads, ProposalIntake intake, ProposalSetup setup, ProposalConsolePages pages) {
    this.reads = reads;
    this.intake = intake;
    this.setup = setup;
    this.pages = pages;
  }

  @GetMapping("/console/proposals")
  String list(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable Long unit,
      Model model) {
    Agency chosen = pages.agency(staff, agency);
    List<Proposal> all =
        reads.list(staff, chosen.code()).stream()
            .filter(p -> status == null || status.isBlank() || p.status().name().equals(status))
            .filter(p -> unit == null || unit.equals(p.unitId()) || unit.equals(p.assignedUnitId()))
            .toList();
    model.addAttribute("agency", chosen);
    model.addAttribute("agencies", pages.choices(staff));
    model.addAttribute("proposals", all);
    model.addAttribute("units", pages.units(chosen.code()));
    model.addAttribute("statuses", ProposalStatus.values());
    model.addAttribute("status", status == null ? "" : status);
    model.addAttribute("unit", unit);
    model.addAttribute("officer", ProposalAccess.isOfficer(staff, chosen.code()));
    return LIST;
  }

  @GetMapping("/console/proposals/new")
  String form(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @Nullable Long meeting,
      Model model) {
    Agency chosen = pages.agency(staff, agency);
    ProposalForm form = new ProposalForm();
    form.setUnitId(staff.unitId());
    form.setMeetingId(meeting);
    return page(model, staff, chosen, form);
  }

  @PostMapping("/console/proposals/new")
  String submit(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @ModelAttribute("form") ProposalForm form,
      BindingResult result,
      @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    Agency chosen = pages.agency(staff, agency);
    try {
      FormSupport.requireBound(result);
      ProposalNumber number = intake.submit(staff, form.toCommand(chosen.code()), uploads(files));
      redirect.addFlashAttribute("submitted", true);
      return "redirect:/console/proposals/" + number.value();
    } catch (DomainException e) {
      if (!(e instanceof FormSupport.FormNotBound)) {
        FormSupport.reject(e, result);
      }
      response.setStatus(422);
      return page(model, staff, chosen, form);
    }
  }

  @GetMapping("/console/proposals/{number}")
  String proposal(
      @AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number, Model model) {
    return pages.proposal(model, staff, ProposalConsolePages.parse(number));
  }

  @GetMapping("/console/proposals/{number}/files/{id}")
  ResponseEntity<byte[]> file(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @PathVariable long id) {
    ProposalNumber n = ProposalConsolePages.parse(number);
    Attachment a =
        reads.forStaff(staff, n).attachments().stream()
            .filter(x -> x.id() == id)
            .findFirst()
            .orElseThrow(ProposalAccess.ProposalNotFound::new);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(a.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(a.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(reads.content(staff, n, id));
  }

  private String page(Model model, StaffPrincipal staff, Agency agency, ProposalForm form) {
    model.addAttribute("form", form);
    model.addAttribute("agency", agency);
    model.addAttribute("units", pages.units(agency.code()));
    model.addAttribute("meetings", setup.meetings(staff, agency.code()));
    return FORM;
  }

  private static List<Upload> uploads(@Nullable List<MultipartFile> files) throws IOException {
    List<Upload> uploads = new ArrayList<>();
    if (files != null) {
      for (MultipartFile f : files) {
        if (!f.isEmpty()) {
          uploads.add(new Upload(f.getOriginalFilename(), f.getBytes()));
        }
      }
    }
    return uploads;
  }
}
