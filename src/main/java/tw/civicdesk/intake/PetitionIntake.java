// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.petitions.FilePetition;
import tw.civicdesk.petitions.Petitions;
import tw.civicdesk.petitions.Place;

/**
 * Intake of every kind but applications: petitions (陳情), letters to the head (首長信箱), complaints,
 * facility reports and media items, from the web, the API and staff. The same contract as {@link
 * Intake} for keys and receipts; the kind's rules are the petitions module's.
 */
@Service
public class PetitionIntake {

  private final Petitions petitions;
  private final CaseWork cases;
  private final IntakeRequests requests;
  private final Receipts receipts;
  private final Clock clock;
  private final TransactionTemplate transaction;

  PetitionIntake(
      Petitions petitions,
      CaseWork cases,
      IntakeRequests requests,
      Receipts receipts,
      Clock clock,
      TransactionTemplate transaction) {
    this.petitions = petitions;
    this.cases = cases;
    this.requests = requests;
    this.receipts = receipts;
    this.clock = clock;
    this.transaction = transaction;
  }

  /**
   * Files a petition, a letter to the head, a complaint, a facility report or a media item once per
   * {@code key}, as {@link Intake#apply} files an application, and answers its receipt: the same
   * key rules; the applicant's own values are checked here, the rest by the petitions module
   * ({@link Petitions#file}), all problems at once. A citizen files only online, for any agency;
   * staff file for their own agency from the counter, a call, a letter or an e-mail.
   */
  public Receipt submit(String key, PetitionForm form, Submitter by, Locale language) {
    CaseNumber number = fileForm(key, form, by, language);
    return by.isStaff() ? receipts.forFiler(number, by) : receipts.of(number);
  }

  /**
   * Checks {@code form} exactly as {@link #submit} would, and stores nothing: for the question
   * pages.
   *
   * @throws tw.civicdesk.platform.error.InvalidFields with every problem found
   */
  public void check(PetitionForm form, Submitter by, Locale language) {
    petitions.check(petition(form, by, language));
  }

  /**
   * Files {@code form} once per {@code key} as {@link #submit} does, and answers only the case
   * number, for a caller that shows the receipt itself.
   */
  public CaseNumber fileForm(String key, PetitionForm form, Submitter by, Locale language) {
    return fileForm(key, form, by, language, List.of());
  }

  /**
   * Files {@code form} once per {@code key} as {@link #fileForm(String, PetitionForm, Submitter,
   * Locale)} does, with {@code photos} attached to the new case in the same transaction (a facility
   * report's photos, already written anew without their metadata by the caller); a replay of the
   * key attaches nothing again.
   *
   * @throws tw.civicdesk.platform.error.InvalidInputException ({@code AttachmentRefused}) when a
   *     photo is refused; nothing is filed
   */
  public CaseNumber fileForm(
      String key, PetitionForm form, Submitter by, Locale language, List<Photo> photos) {
    if (!Intake.KEY.matcher(key).matches()) {
      throw new Intake.KeyInvalid();
    }
    return Objects.requireNonNull(
        transaction.execute(
            status ->
                requests.once(
                    key,
                    photos.isEmpty()
                        ? form.fingerprint()
                        : form.fingerprint() + photos.stream().map(Photo::sha256).toList(),
                    clock.instant(),
                    () -> {
                      CaseNumber number = petitions.file(petition(form, by, language)).number();
                      photos.forEach(p -> cases.attachFiledWith(number, p.fileName(), p.content()));
                      return number;
                    })));
  }

  /** A photo to attach to a case as it is filed. */
  public record Photo(String fileName, byte[] content) {

    /** The content's SHA-256, for the idempotency fingerprint. */
    String sha256() {
      return tw.civicdesk.platform.files.ContentInspection.sha256(content);
    }

    @Override
    public String toString() {
      return "Photo[" + content.length + "B]";
    }
  }

  private FilePetition petition(PetitionForm form, Submitter by, Locale language) {
    AgencyCode agency =
        form.agency() != null && AgencyCode.isValid(form.agency())
            ? AgencyCode.of(form.agency())
            : null;
    if (agency == null || (by.isStaff() && !agency.equals(by.agency()))) {
      throw Intake.refused("agency", "intake.agency.unknown");
    }
    if (!by.isStaff() && form.kind() == tw.civicdesk.casework.CaseKind.MEDIA_ITEM) {
      throw Intake.refused("kind", "petitions.kind.not-open");
    }
    Channel channel = form.channel();
    if (channel == Channel.OPEN311 || by.isStaff() == (channel == Channel.ONLINE)) {
      throw Intake.refused("channel", "intake.channel.not-offered");
    }
    ApplicationCheck.CheckedPetition checked =
        ApplicationCheck.checkPetition(form, LocalDate.now(clock), language);
    PetitionForm.PlaceForm p = form.place();
    return new FilePetition(
        form.kind(),
        channel,
        agency,
        form.category(),
        new Place(p.address(), p.district(), p.village(), p.lat(), p.lon(), p.atHome()),
        form.subject(),
        form.description(),
        checked.applicant(),
        checked.language(),
        checked.receivedOn(),
        checked.postmarkedOn(),
        form.attributes(),
        by.clerk());
  }
}
