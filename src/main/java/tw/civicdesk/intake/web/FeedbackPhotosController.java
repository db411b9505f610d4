// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tw.civicdesk.petitions.PetitionSiteSettings;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.InvalidInputException;
import tw.civicdesk.platform.files.ContentInspection;
import tw.civicdesk.platform.files.PhotoScrubbing;
import tw.civicdesk.platform.input.SingleLine;

/**
 * The photos of a facility report (ADR 0040): one upload at a time, at most {@value
 * PetitionSiteSettings#MAX_PHOTOS}, each JPEG or PNG by its content and at most {@code
 * civicdesk.petitions.photo-max-size}; each is written anew without its metadata ({@link
 * PhotoScrubbing}) before it is kept in the draft, so the original file is never stored. A refused
 * photo is answered on the page with a localized error on the field; the draft keeps the photos it
 * had. The draft's photos are shown only to the session that added them.
 */
@Controller
class FeedbackPhotosController {

  /** The longest side a kept photo has, in pixels. */
  static final int MAX_EDGE = 2048;

  private static final String VIEW = "feedback/photos";

  private final FeedbackPages pages;
  private final PetitionSiteSettings settings;

  FeedbackPhotosController(FeedbackPages pages, PetitionSiteSettings settings) {
    this.pages = pages;
    this.settings = settings;
  }

  @GetMapping("/feedback/photos")
  String photos(
      @RequestParam(name = "change", required = false) @Nullable @SingleLine String change,
      Model model,
      HttpSession session,
      Locale locale) {
    FeedbackForm form = FeedbackDrafts.draft(session).orElse(null);
    if (form == null || !FeedbackStep.PHOTOS.asksFor(form.getKind())) {
      return "redirect:/feedback";
    }
    fill(model, form, change, locale);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result(form));
    return VIEW;
  }

  @PostMapping("/feedback/photos")
  String add(
      @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo,
      @RequestParam(name = "change", required = false) @Nullable @SingleLine String change,
      Model model,
      HttpSession session,
      Locale locale)
      throws IOException {
    FeedbackForm form = FeedbackDrafts.draft(session).orElse(null);
    if (form == null || !FeedbackStep.PHOTOS.asksFor(form.getKind())) {
      return "redirect:/feedback";
    }
    BindingResult result = result(form);
    try {
      form.addPhoto(scrubbed(photo, form));
      FeedbackDrafts.keep(session, form);
      return "redirect:/feedback/photos" + (change != null ? "?change=1" : "");
    } catch (DomainException e) {
      result.rejectValue("photo", e.messageKey(), e.messageArguments(), null);
      fill(model, form, change, locale);
      model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
      return VIEW;
    }
  }

  @PostMapping("/feedback/photos/{id}/remove")
  String remove(@PathVariable @SingleLine String id, HttpSession session) {
    FeedbackForm form = FeedbackDrafts.draft(session).orElse(null);
    if (form == null) {
      return "redirect:/feedback";
    }
    form.removePhoto(id);
    FeedbackDrafts.keep(session, form);
    return "redirect:/feedback/photos";
  }

  @GetMapping("/feedback/photos/{id}")
  ResponseEntity<byte[]> show(@PathVariable @SingleLine String id, HttpSession session) {
    return FeedbackDrafts.draft(session).stream()
        .flatMap(f -> f.getPhotos().stream())
        .filter(p -> p.id().equals(id))
        .findFirst()
        .map(
            p ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(p.contentType()))
                    .cacheControl(CacheControl.noStore())
                    .body(p.content()))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  private FeedbackPhoto scrubbed(@Nullable MultipartFile photo, FeedbackForm form)
      throws IOException {
    if (form.getPhotos().size() >= PetitionSiteSettings.MAX_PHOTOS) {
      throw new InvalidInputException("feedback.photos.too-many", PetitionSiteSettings.MAX_PHOTOS);
    }
    if (photo == null || photo.isEmpty() && photo.getOriginalFilename() == null) {
      throw new InvalidInputException("feedback.photos.choose");
    }
    byte[] content = photo.getBytes();
    ContentInspection.InspectedContent inspected =
        ContentInspection.inspect(
            photo.getOriginalFilename(),
            content,
            settings.photoMaxSize(),
            (refusal, megabytes) ->
                switch (refusal) {
                  case EMPTY -> new InvalidInputException("feedback.photos.empty");
                  case TOO_LARGE ->
                      new InvalidInputException("feedback.photos.too-large", megabytes);
                  case TYPE -> new InvalidInputException("feedback.photos.type");
                });
    if (!inspected.contentType().equals(ContentInspection.JPEG)
        && !inspected.contentType().equals(ContentInspection.PNG)) {
      throw new InvalidInputException("feedback.photos.type");
    }
    PhotoScrubbing.Scrubbed clean =
        PhotoScrubbing.scrub(
            content, MAX_EDGE, () -> new InvalidInputException("feedback.photos.unreadable"));
    return new FeedbackPhoto(
        UUID.randomUUID().toString(),
        ContentInspection.safeName(inspected.fileName(), clean.contentType()),
        clean.contentType(),
        clean.content());
  }

  private void fill(Model model, FeedbackForm form, @Nullable String change, Locale locale) {
    pages.fill(model, form, FeedbackStep.PHOTOS, locale);
    model.addAttribute("form", form);
    model.addAttribute("returning", change != null);
    model.addAttribute("maxPhotos", PetitionSiteSettings.MAX_PHOTOS);
    model.addAttribute("maxMegabytes", ContentInspection.megabytes(settings.photoMaxSize()));
    model.addAttribute(
        "next",
        change != null
            ? FeedbackStep.CHECK.path()
            : FeedbackStep.PHOTOS.next(form.getKind()).orElse(FeedbackStep.CHECK).path());
  }

  private static BindingResult result(FeedbackForm form) {
    return new BeanPropertyBindingResult(form, "form");
  }
}
