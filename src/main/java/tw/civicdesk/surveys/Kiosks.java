// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.input.TextCheck;
import tw.civicdesk.platform.input.TextKind;

/**
 * The counter kiosks (ADR 0046): registering, activating and revoking the devices, and recording
 * the answers given on them.
 *
 * <p>Registering, listing and revoking are for the agency's quality officer or administrator
 * ({@link Surveys#mayBuild}); anyone else, and staff of another agency, get {@link KioskNotFound}.
 * A kiosk shows one open counter or general survey of its agency and may name a unit (counter) of
 * it.
 *
 * <p>Secrets: registering makes an activation link token (32 random bytes, base64url) shown once;
 * only its SHA-256 is stored, and it works once, within {@link #LINK_VALID}, on a kiosk not
 * revoked. Activating makes a fresh device token the same way for the device's cookie, and clears
 * the link. Looking a link up counts a miss against the client address ({@link KioskLimits}).
 *
 * <p>Answers: a device whose token finds no active kiosk is refused ({@link DeviceRefused}); each
 * kiosk records at most {@code civicdesk.surveys.kiosk-per-hour} answers an hour; an answer sent
 * again with the same client key is stored once (the second is a replay and counts nothing).
 */
@Service
public class Kiosks {

  /** How long an activation link works after registration. */
  public static final Duration LINK_VALID = Duration.ofHours(24);

  /** The longest kiosk name, in characters. */
  public static final int NAME_MAX = 100;

  /** The survey purposes a kiosk may show. */
  public static final Set<SurveyPurpose> PURPOSES =
      EnumSet.of(SurveyPurpose.COUNTER, SurveyPurpose.GENERAL);

  private final KioskStore store;
  private final SurveyStore surveys;
  private final KioskAnswers answers;
  private final KioskLimits limits;
  private final Organisation organisation;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  Kiosks(
      KioskStore store,
      SurveyStore surveys,
      KioskAnswers answers,
      KioskLimits limits,
      Organisation organisation,
      Clock clock) {
    this.store = store;
    this.surveys = surveys;
    this.answers = answers;
    this.limits = limits;
    this.organisation = organisation;
    this.clock = clock;
  }

  /**
   * What the kiosk page of the viewer's agency shows: its kiosks (newest first), the surveys a
   * kiosk may show (open, counter or general) and its units.
   *
   * @throws KioskNotFound unless the viewer is the agency's quality officer or administrator
   */
  @Transactional(readOnly = true)
  public Overview overview(StaffPrincipal viewer) {
    requireManager(viewer);
    List<Choice> choices = new ArrayList<>();
    Map<SurveyCode, BilingualText> titles = new LinkedHashMap<>();
    for (SurveyStore.Row row : surveys.of(viewer.agencyCode())) {
      BilingualText title = surveys.questionnaire(row.id(), row.version()).title();
      titles.put(row.code(), title);
      if (row.status() == SurveyStatus.OPEN && PURPOSES.contains(row.purpose())) {
        choices.add(new Choice(row.code(), title));
      }
    }
    return new Overview(
        store.of(viewer.agencyCode(), now()),
        choices,
        titles,
        organisation.units(viewer.agencyCode()));
  }

  /**
   * Registers a kiosk of the viewer's agency.
   *
   * @return the kiosk and, this once, its activation link's token
   * @throws KioskNotFound unless {@code by} is the agency's quality officer or administrator
   * @throws InvalidFields naming {@code name} (blank, over {@value #NAME_MAX} characters or not one
   *     line), {@code survey} (not an open counter or general survey of the agency) or {@code unit}
   *     (not a unit of the agency)
   */
  @Transactional
  public Registered register(StaffPrincipal by, Register command) {
    requireManager(by);
    List<FieldProblem> problems = new ArrayList<>();
    String name = command.name() == null ? "" : command.name().strip();
    if (name.isEmpty() || !TextCheck.accepts(name, TextKind.LINE, NAME_MAX)) {
      problems.add(new FieldProblem("name", "survey-kiosk.name", List.of(NAME_MAX)));
    }
    Optional<SurveyStore.Row> survey =
        Optional.ofNullable(command.survey())
            .flatMap(surveys::find)
            .filter(r -> r.agency().equals(by.agencyCode()))
            .filter(r -> r.status() == SurveyStatus.OPEN && PURPOSES.contains(r.purpose()));
    if (survey.isEmpty()) {
      problems.add(new FieldProblem("survey", "survey-kiosk.survey", List.of()));
    }
    Long unit = command.unitId();
    if (unit != null
        && organisation.units(by.agencyCode()).stream().noneMatch(u -> u.id() == unit)) {
      problems.add(new FieldProblem("unit", "survey-kiosk.unit", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    String token = token();
    Instant now = now();
    long id =
        store.insert(
            by.agencyCode(),
            survey.orElseThrow().id(),
            unit,
            name,
            digest(token),
            by.getUsername(),
            now,
            now.plus(LINK_VALID));
    return new Registered(store.find(id, now).orElseThrow(), token);
  }

  /**
   * Revokes kiosk {@code id} of the viewer's agency: its device is refused from its next request,
   * and an unused link stops working. Revoking a revoked kiosk changes nothing.
   *
   * @throws KioskNotFound when there is no such kiosk in the agency or {@code by} may not manage it
   */
  @Transactional
  public Kiosk revoke(StaffPrincipal by, long id) {
    requireManager(by);
    Instant now = now();
    Kiosk kiosk =
        store
            .find(id, now)
            .filter(k -> k.agency().equals(by.agencyCode()))
            .orElseThrow(KioskNotFound::new);
    store.revoke(kiosk.id(), by.getUsername(), now);
    return store.find(id, now).orElseThrow();
  }

  /**
   * The kiosk waiting for the activation link {@code linkToken}, counted as a guess from {@code
   * clientAddress} when none is (unknown, used, expired or revoked). Call outside a transaction.
   *
   * @throws tw.civicdesk.platform.error.TooManyRequestsException after too many misses
   */
  public Optional<Kiosk> waiting(String linkToken, String clientAddress) {
    return limits.link(clientAddress, () -> store.byActivation(digest(linkToken), now()));
  }

  /**
   * Activates the kiosk waiting for {@code linkToken}: the link stops working and the device gets
   * its token. A link that finds no waiting kiosk counts as a guess. Call outside a transaction.
   *
   * @return the kiosk and, this once, the device token for its cookie; empty when the link finds no
   *     waiting kiosk (also when another request used it a moment before)
   * @throws tw.civicdesk.platform.error.TooManyRequestsException after too many misses
   */
  public Optional<Activated> activate(String linkToken, String clientAddress) {
    if (waiting(linkToken, clientAddress).isEmpty()) {
      return Optional.empty();
    }
    String device = token();
    Instant now = now();
    return store
        .activate(digest(linkToken), digest(device), now)
        .map(id -> new Activated(store.find(id, now).orElseThrow(), device));
  }

  /** The active kiosk holding {@code deviceToken}, with its survey; empty for any other token. */
  @Transactional(readOnly = true)
  public Optional<Device> device(@Nullable String deviceToken) {
    if (deviceToken == null || deviceToken.isBlank()) {
      return Optional.empty();
    }
    return store
        .byToken(digest(deviceToken), now())
        .map(
            k -> {
              SurveyStore.Row row = surveys.find(k.survey()).orElseThrow();
              return new Device(
                  k,
                  row.status() == SurveyStatus.OPEN,
                  surveys.questionnaire(row.id(), row.version()));
            });
  }

  /**
   * Records an answer given on the kiosk holding {@code deviceToken}. An answer whose {@code
   * clientKey} was stored before is a replay: it is answered as recorded, stores nothing and counts
   * nothing. Call outside a transaction.
   *
   * @param clientKey the key the kiosk gave this answer, so that sending it again counts once
   * @param answers the raw answers by question id ({@link Answers})
   * @throws DeviceRefused when the token finds no active kiosk (never activated, or revoked)
   * @throws tw.civicdesk.platform.error.TooManyRequestsException when the kiosk has recorded its
   *     answers of the hour
   * @throws tw.civicdesk.platform.error.ConflictException {@code surveys.not-open} when the survey
   *     is not open
   * @throws InvalidFields when an answer breaks its question's rule (nothing is stored)
   */
  public Answered answer(
      @Nullable String deviceToken, @Nullable UUID clientKey, Map<String, ?> answers) {
    Kiosk kiosk = device(deviceToken).map(Device::kiosk).orElseThrow(DeviceRefused::new);
    if (clientKey != null && store.answered(clientKey)) {
      return new Answered(kiosk.survey(), false);
    }
    limits.answer(kiosk.id());
    Recorded recorded = this.answers.record(kiosk, clientKey, answers);
    return new Answered(kiosk.survey(), recorded != null);
  }

  /** Whether {@code staff} may register, list and revoke the kiosks of their agency. */
  public static boolean mayManage(StaffPrincipal staff) {
    return Surveys.mayBuild(staff, staff.agencyCode());
  }

  private static void requireManager(StaffPrincipal staff) {
    if (!mayManage(staff)) {
      throw new KioskNotFound();
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * A kiosk to register.
   *
   * @param name what the staff call it, e.g. 「一樓服務台」
   * @param survey the open counter or general survey it shows
   * @param unitId the counter (unit) its answers count for, if any
   */
  public record Register(
      @Nullable String name, @Nullable SurveyCode survey, @Nullable Long unitId) {}

  /** A registered kiosk and, this once, the token of its activation link. */
  public record Registered(Kiosk kiosk, String linkToken) {}

  /** An activated kiosk and, this once, the token its device keeps in a cookie. */
  public record Activated(Kiosk kiosk, String deviceToken) {}

  /** An active kiosk as its device shows it: whether its survey is open, and its questions. */
  public record Device(Kiosk kiosk, boolean open, Questionnaire questionnaire) {}

  /**
   * An answer taken.
   *
   * @param stored false for a replay of an answer already stored
   */
  public record Answered(SurveyCode survey, boolean stored) {}

  /** A survey a kiosk may show, by code and title. */
  public record Choice(SurveyCode code, BilingualText title) {}

  /**
   * The kiosk page of an agency.
   *
   * @param surveys the surveys a new kiosk may show
   * @param titles the title of every survey of the agency, for the kiosks' list
   */
  public record Overview(
      List<Kiosk> kiosks,
      List<Choice> surveys,
      Map<SurveyCode, BilingualText> titles,
      List<Unit> units) {}

  /** No such kiosk, or not one the caller may manage. */
  public static final class KioskNotFound extends NotFoundException {
    public KioskNotFound() {
      super("survey-kiosk.not-found");
    }
  }

  /** A device that holds no active kiosk's token: never activated here, or revoked. */
  public static final class DeviceRefused extends ForbiddenException {
    public DeviceRefused() {
      super("survey-kiosk.not-registered");
    }
  }
}
