// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.platform.input.TextCheck;
import tw.civicdesk.platform.input.TextKind;

/**
 * Reads of agencies, units and staff: the module's API for other modules and for its own pages.
 * Methods taking a {@link StaffPrincipal} apply {@link AccessPolicy} and throw the module's
 * not-found exceptions for records outside the caller's scope.
 */
@Service
@Transactional(readOnly = true)
public class Organisation {

  /** The longest username looked up at sign-in; usernames are at most 40 characters. */
  static final int MAX_USERNAME_LENGTH = 200;

  private final Agencies agencies;
  private final Units units;
  private final StaffMembers staff;
  private final AgencyProfiles profiles;
  private final ClosurePolicy defaultClosurePolicy;

  Organisation(
      Agencies agencies,
      Units units,
      StaffMembers staff,
      AgencyProfiles profiles,
      OrganisationSettings settings) {
    this.agencies = agencies;
    this.units = units;
    this.staff = staff;
    this.profiles = profiles;
    this.defaultClosurePolicy = settings.closurePolicy();
  }

  /**
   * The public texts of {@code agency}'s site section (profile, duties, personal-data page); the
   * empty profile when it has written none, or when no such agency exists.
   */
  public AgencyProfile profile(AgencyCode agency) {
    return profiles.find(agency).orElseGet(() -> AgencyProfile.empty(agency));
  }

  /**
   * Whom the public asks about the work of unit {@code unitId} of {@code agency}: the unit's own
   * phone, e-mail and opening hours where it gives them, each else the agency's (the e-mail empty
   * when neither gives one); the agency's address.
   *
   * @throws UnitNotFoundException when the agency has no such unit
   */
  public Contact contactOf(AgencyCode agency, long unitId) {
    Agency a = agencies.find(agency).orElseThrow(UnitNotFoundException::new);
    Unit unit =
        units
            .find(unitId)
            .filter(u -> u.agencyCode().equals(agency))
            .orElseThrow(UnitNotFoundException::new);
    UnitContact own = unit.contact();
    return new Contact(
        a.name(),
        unit.name(),
        own.phone().isEmpty() ? a.phone() : own.phone(),
        own.email().isEmpty() ? profile(agency).email() : own.email(),
        a.address(),
        own.hours().orElse(a.openingHours()));
  }

  /**
   * The closure policy in force for {@code agency} now: its own setting, else the application
   * default ({@code civicdesk.deadlines.closure-policy}, {@link ClosurePolicy#STOPS_CLOCK} unless
   * configured); the default too for a code that names no agency.
   */
  public ClosurePolicy closurePolicy(AgencyCode agency) {
    return agencies.find(agency).map(Agency::closurePolicy).orElse(defaultClosurePolicy);
  }

  /** The application default closure policy, for agencies that have not chosen one. */
  public ClosurePolicy defaultClosurePolicy() {
    return defaultClosurePolicy;
  }

  /** Every agency, ordered so that each parent comes before its children. */
  public List<Agency> agencies() {
    List<Agency> all = agencies.findAll();
    Map<AgencyCode, List<Agency>> children =
        all.stream()
            .filter(a -> a.parentCode() != null)
            .collect(Collectors.groupingBy(Agency::parentCode));
    List<Agency> ordered = new java.util.ArrayList<>(all.size());
    Deque<Agency> stack = new ArrayDeque<>();
    all.stream()
        .filter(a -> a.parentCode() == null || !agencyIn(all, a.parentCode()))
        .sorted(Comparator.comparing((Agency a) -> a.code().value()).reversed())
        .forEach(stack::push);
    while (!stack.isEmpty()) {
      Agency next = stack.pop();
      ordered.add(next);
      children.getOrDefault(next.code(), List.of()).stream()
          .sorted(Comparator.comparing((Agency a) -> a.code().value()).reversed())
          .forEach(stack::push);
    }
    return ordered;
  }

  private static boolean agencyIn(List<Agency> all, AgencyCode code) {
    return all.stream().anyMatch(a -> a.code().equals(code));
  }

  /** The agency with {@code code}, if any. */
  public Optional<Agency> agency(AgencyCode code) {
    return agencies.find(code);
  }

  /** Whether an agency with {@code code} exists. */
  public boolean exists(AgencyCode code) {
    return agencies.exists(code);
  }

  /** The agency if {@code viewer} may see it; else {@link AgencyNotFoundException}. */
  public Agency agencyFor(StaffPrincipal viewer, AgencyCode code) {
    if (!AccessPolicy.canView(viewer, code)) {
      throw new AgencyNotFoundException();
    }
    return agencies.find(code).orElseThrow(AgencyNotFoundException::new);
  }

  /**
   * The agency named by {@code rawCode} (as typed in a URL) if {@code viewer} may see it; {@link
   * AgencyNotFoundException} when the code is malformed, unknown or outside the viewer's scope.
   */
  public Agency agencyFor(StaffPrincipal viewer, String rawCode) {
    if (!AgencyCode.isValid(rawCode)) {
      throw new AgencyNotFoundException();
    }
    return agencyFor(viewer, AgencyCode.of(rawCode));
  }

  /**
   * The agency named by {@code rawCode} if {@code actor} may manage it (profile, units, staff,
   * closures); {@link AgencyNotFoundException} otherwise, exactly as for a missing agency.
   */
  public Agency agencyManagedBy(StaffPrincipal actor, String rawCode) {
    Agency agency = agencyFor(actor, rawCode);
    if (!AccessPolicy.canManage(actor, agency.code())) {
      throw new AgencyNotFoundException();
    }
    return agency;
  }

  /** The agencies {@code viewer} may see: all for a system administrator, else their own. */
  public List<Agency> agenciesFor(StaffPrincipal viewer) {
    return agencies().stream().filter(a -> AccessPolicy.canView(viewer, a.code())).toList();
  }

  /** Codes of all agencies below {@code code} in the hierarchy (not including itself). */
  public Set<AgencyCode> descendantsOf(AgencyCode code) {
    Map<AgencyCode, List<AgencyCode>> children =
        agencies.findAll().stream()
            .filter(a -> a.parentCode() != null)
            .collect(
                Collectors.groupingBy(
                    Agency::parentCode, Collectors.mapping(Agency::code, Collectors.toList())));
    Set<AgencyCode> found = new LinkedHashSet<>();
    Deque<AgencyCode> todo = new ArrayDeque<>(children.getOrDefault(code, List.of()));
    while (!todo.isEmpty()) {
      AgencyCode next = todo.pop();
      if (found.add(next)) {
        todo.addAll(children.getOrDefault(next, List.of()));
      }
    }
    return found;
  }

  /** Units of an agency, in creation order. */
  public List<Unit> units(AgencyCode agency) {
    return units.findByAgency(agency);
  }

  /** The unit if {@code viewer} may see its agency; else {@link UnitNotFoundException}. */
  public Unit unitFor(StaffPrincipal viewer, long id) {
    return units
        .find(id)
        .filter(u -> AccessPolicy.canView(viewer, u.agencyCode()))
        .orElseThrow(UnitNotFoundException::new);
  }

  /** Staff of an agency if {@code viewer} may manage it; else {@link AgencyNotFoundException}. */
  public List<StaffMember> staffOf(StaffPrincipal viewer, AgencyCode agency) {
    if (!AccessPolicy.canManage(viewer, agency)) {
      throw new AgencyNotFoundException();
    }
    return staff.findByAgency(agency);
  }

  /**
   * Enabled colleagues of {@code viewer}'s own agency holding {@code role}, e.g. the officers a
   * unit head can assign a case to; any staff member may see who works with them.
   */
  public List<StaffMember> colleagues(StaffPrincipal viewer, Role role) {
    return staff.findByAgency(viewer.agencyCode()).stream()
        .filter(s -> s.enabled() && s.roles().contains(role))
        .toList();
  }

  /**
   * The display names of every staff member of {@code viewer}'s own agency (disabled accounts
   * included, since they still appear in case histories), by username: what a screen shows where it
   * would otherwise show a username. Any staff member may see who works with them.
   */
  public Map<String, String> displayNames(StaffPrincipal viewer) {
    Map<String, String> names = new LinkedHashMap<>();
    staff.findByAgency(viewer.agencyCode()).forEach(s -> names.put(s.username(), s.displayName()));
    return names;
  }

  /**
   * Usernames of the enabled staff of {@code agency} holding {@code role}, in {@code unitId} when
   * it is not {@code null}, sorted. For the system (e.g. whom to tell of a case), not for screens:
   * there is no viewer to scope by.
   */
  public List<String> usernamesHolding(AgencyCode agency, @Nullable Long unitId, Role role) {
    return staff.findByAgency(agency).stream()
        .filter(
            s ->
                s.enabled()
                    && s.roles().contains(role)
                    && (unitId == null || unitId.equals(s.unitId())))
        .map(StaffMember::username)
        .toList();
  }

  /**
   * The e-mail address of the enabled staff member {@code username}, if one is on record. For the
   * system (e.g. e-mail copies of console notices), not for screens.
   */
  public Optional<String> emailOf(String username) {
    return staff
        .findByUsername(username)
        .filter(StaffMember::enabled)
        .map(StaffMember::email)
        .map(String::strip)
        .filter(e -> !e.isEmpty());
  }

  /**
   * The staff account if {@code viewer} may manage it ({@link AccessPolicy#canManageAccount}: its
   * agency, and every role it holds); else {@link StaffNotFoundException}, exactly as for a missing
   * account.
   */
  public StaffMember staffMemberFor(StaffPrincipal viewer, long id) {
    return staff
        .find(id)
        .filter(s -> AccessPolicy.canManageAccount(viewer, s))
        .orElseThrow(StaffNotFoundException::new);
  }

  /**
   * The account for signing in, with its password hash, or empty. Only the sign-in machinery calls
   * this. A username no account could have (a control character, a lone surrogate, more than {@link
   * #MAX_USERNAME_LENGTH} characters; ADR 0027) is answered empty without asking the database, as
   * an unknown one is.
   */
  public Optional<StaffPrincipal> accountForSignIn(String username) {
    if (!TextCheck.accepts(username, TextKind.LINE, MAX_USERNAME_LENGTH)) {
      return Optional.empty();
    }
    return staff.findForSignIn(username);
  }

  /**
   * Whether {@code principal}, loaded at sign-in (and kept in a session), still matches its stored
   * account: false once the account was disabled or removed, or its password, roles or unit
   * changed. Asked on every authenticated request, so that such a change ends the account's
   * sessions on every node at their next request.
   */
  public boolean isCurrent(StaffPrincipal principal) {
    return staff
        .credentialsStamp(principal.id())
        .map(principal.credentialsStamp()::equals)
        .orElse(false);
  }

  /**
   * Aggregate figures (counts only, no personal data) of {@code viewer}'s own agency and, for a
   * quality officer or system administrator, of every agency below it.
   */
  public List<AgencyFigures> figuresFor(StaffPrincipal viewer) {
    Set<AgencyCode> below = descendantsOf(viewer.agencyCode());
    return agencies().stream()
        .filter(
            a ->
                a.code().equals(viewer.agencyCode())
                    || (viewer.has(Role.SYSTEM_ADMIN) || viewer.has(Role.QUALITY_OFFICER))
                        && below.contains(a.code()))
        .map(
            a ->
                new AgencyFigures(
                    a, units.findByAgency(a.code()).size(), staff.countByAgency(a.code())))
        .toList();
  }

  /** Counts of one agency for roll-up views. */
  public record AgencyFigures(Agency agency, int units, long activeStaff) {}
}
