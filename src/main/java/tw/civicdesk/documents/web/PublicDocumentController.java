// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.documents.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.documents.AgencyDocument;
import tw.civicdesk.documents.DocumentCategory;
import tw.civicdesk.documents.DocumentCommands.FileContent;
import tw.civicdesk.documents.Documents;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.web.FileDownloads;

/**
 * The public list of an agency's documents, by category and year (of the document's date), and
 * their downloads. Shows only what is published and not withdrawn.
 */
@Controller
class PublicDocumentController {

  static final String LIST = "documents/public-list";

  private final Organisation organisation;
  private final Documents documents;

  PublicDocumentController(Organisation organisation, Documents documents) {
    this.organisation = organisation;
    this.documents = documents;
  }

  @GetMapping("/agencies/{code}/documents")
  String list(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable DocumentCategory category,
      @RequestParam(required = false) @Nullable Integer year,
      Model model) {
    Agency agency = agency(code);
    List<AgencyDocument> all = documents.published(agency.code());
    TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
    all.forEach(d -> years.add(d.documentDate().getYear()));
    Map<DocumentCategory, List<AgencyDocument>> byCategory = new LinkedHashMap<>();
    for (DocumentCategory c : DocumentCategory.values()) {
      List<AgencyDocument> shown =
          all.stream()
              .filter(d -> d.category() == c && (category == null || category == c))
              .filter(d -> year == null || d.documentDate().getYear() == year)
              .toList();
      if (!shown.isEmpty()) {
        byCategory.put(c, shown);
      }
    }
    model.addAttribute("agency", agency);
    model.addAttribute("footerAgency", agency);
    model.addAttribute("byCategory", byCategory);
    model.addAttribute("categories", DocumentCategory.values());
    model.addAttribute("years", years);
    model.addAttribute("category", category == null ? "" : category.name());
    model.addAttribute("year", year);
    return LIST;
  }

  @GetMapping("/agencies/{code}/documents/{id}/files/{position}")
  ResponseEntity<byte[]> file(
      @PathVariable String code, @PathVariable long id, @PathVariable int position) {
    Agency agency = agency(code);
    FileContent f = documents.publicFile(agency.code(), id, position);
    return FileDownloads.attachment(f.fileName(), f.contentType(), f.sha256(), f.content(), false);
  }

  private Agency agency(String code) {
    if (!AgencyCode.isValid(code)) {
      throw new NotFoundException("organisation.agency.not-found");
    }
    return organisation
        .agency(AgencyCode.of(code))
        .orElseThrow(() -> new NotFoundException("organisation.agency.not-found"));
  }
}
