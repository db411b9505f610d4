// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.announcements.Announcement;
import tw.civicdesk.announcements.AnnouncementCategory;
import tw.civicdesk.announcements.AnnouncementFile;
import tw.civicdesk.announcements.Announcements.AnnouncementNotFound;
import tw.civicdesk.announcements.PublicAnnouncements;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.platform.web.FileDownloads;

/**
 * The public announcements of an agency: the list ({@code /agencies/{code}/announcements}, by
 * category, pinned first, paged), one announcement with its files, and the Atom feed ({@code
 * /agencies/{code}/feed.atom}, {@code ?category=} narrowing it, {@code ?lang=en} for English). An
 * unknown agency, announcement or category, or one not published now, is 404.
 */
@Controller
class AnnouncementPublicController {

  /** The Atom media type with its charset. */
  static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

  private final PublicAnnouncements announcements;

  AnnouncementPublicController(PublicAnnouncements announcements) {
    this.announcements = announcements;
  }

  @GetMapping("/agencies/{code}/announcements")
  String list(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(defaultValue = "1") String page,
      Model model) {
    Agency agency = announcements.agency(code);
    AnnouncementCategory chosen = PublicAnnouncements.category(category);
    model.addAttribute("agency", agency);
    model.addAttribute("footerAgency", agency);
    model.addAttribute("category", chosen);
    model.addAttribute("categories", AnnouncementCategory.values());
    model.addAttribute("list", announcements.page(agency.code(), chosen, pageNumber(page)));
    return "announcements/list";
  }

  @GetMapping("/agencies/{code}/announcements/{id}")
  String show(@PathVariable String code, @PathVariable String id, Model model) {
    Agency agency = announcements.agency(code);
    Announcement a =
        announcements.published(agency.code(), number(id)).orElseThrow(AnnouncementNotFound::new);
    model.addAttribute("agency", agency);
    model.addAttribute("footerAgency", agency);
    model.addAttribute("announcement", a);
    return "announcements/show";
  }

  @GetMapping("/agencies/{code}/announcements/{id}/files/{fileId}")
  ResponseEntity<byte[]> file(
      @PathVariable String code, @PathVariable String id, @PathVariable String fileId) {
    Agency agency = announcements.agency(code);
    AnnouncementFile f = announcements.file(agency.code(), number(id), number(fileId));
    return FileDownloads.attachment(f.fileName(), f.contentType(), f.sha256(), f.content(), false);
  }

  @GetMapping("/agencies/{code}/feed.atom")
  ResponseEntity<String> feed(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable String category,
      Locale locale) {
    Agency agency = announcements.agency(code);
    AnnouncementCategory chosen = PublicAnnouncements.category(category);
    return ResponseEntity.ok()
        .contentType(ATOM)
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
        .body(announcements.feed(agency, chosen, locale));
  }

  static long number(String raw) {
    if (!raw.matches("[0-9]{1,18}")) {
      throw new AnnouncementNotFound();
    }
    return Long.parseLong(raw);
  }

  private static int pageNumber(String raw) {
    return raw.matches("[0-9]{1,6}") ? Math.max(1, Integer.parseInt(raw)) : 1;
  }
}
