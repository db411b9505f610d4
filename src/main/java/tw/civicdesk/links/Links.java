// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.links.LinkViews.Link;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffMember;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * An agency's link lists (好站相連, 防災專區). The public reads every link of an agency ({@link
 * #published}); its administrators ({@link #mayEdit}) add, change and remove links; its quality
 * officers, head and administrators ({@link #mayReview}) read which are broken. A link or agency
 * outside a staff member's reach is "not found" ({@code links.not-found}, 404). Every write checks
 * all fields at once, applies only to the version read ({@code links.changed}, 409, else) and
 * leaves an audit row {@value #AUDIT} whose detail names the fields, never their values.
 */
@Service
public class Links {

  /** The audit action of every change of a link (docs/audit-events.md). */
  public static final String AUDIT = "LINK_CHANGED";

  private final LinkStore store;
  private final Organisation organisation;
  private final AuditLog audit;
  private final LinksSettings settings;
  private final Clock clock;

  Links(
      LinkStore store,
      Organisation organisation,
      AuditLog audit,
      LinksSettings settings,
      Clock clock) {
    this.store = store;
    this.organisation = organisation;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /** Whether {@code staff} may change the agency's links: its administrators, a system admin. */
  public static boolean mayEdit(StaffPrincipal staff, AgencyCode agency) {
    return AccessPolicy.canManage(staff, agency);
  }

  /** Whether {@code staff} reads the agency's broken links and freshness report. */
  public static boolean mayReview(StaffPrincipal staff, AgencyCode agency) {
    return mayEdit(staff, agency)
        || staff.agencyCode().equals(agency)
            && (staff.has(Role.QUALITY_OFFICER) || staff.has(Role.AGENCY_HEAD));
  }

  /** The agency's links as the public sees them, by list and order. */
  @Transactional(readOnly = true)
  public List<Link> published(AgencyCode agency) {
    return store.ofAgency(agency);
  }

  /** The agency's links for its editors, with what the check found. */
  @Transactional(readOnly = true)
  public List<Link> all(StaffPrincipal staff, AgencyCode agency) {
    requireEditor(staff, agency);
    return store.ofAgency(agency);
  }

  /** The agency's links marked broken, longest broken first. */
  @Transactional(readOnly = true)
  public List<Link> broken(StaffPrincipal staff, AgencyCode agency) {
    if (!mayReview(staff, agency)) {
      throw new LinkNotFound();
    }
    return store.broken(agency);
  }

  /**
   * Whether {@code staff} may change {@code link}: its agency's editors, and its owner — the staff
   * member named, or a head of the owning unit — who is told when it breaks.
   */
  public static boolean mayChange(StaffPrincipal staff, Link link) {
    return mayEdit(staff, link.agency())
        || staff.agencyCode().equals(link.agency())
            && (staff.getUsername().equals(link.ownerUsername())
                || staff.has(Role.UNIT_HEAD)
                    && Long.valueOf(link.ownerUnitId()).equals(staff.unitId()));
  }

  /** One link its editor or owner may change ({@link #mayChange}). */
  @Transactional(readOnly = true)
  public Link get(StaffPrincipal staff, long id) {
    Link link = store.find(id).orElseThrow(LinkNotFound::new);
    if (!mayChange(staff, link)) {
      throw new LinkNotFound();
    }
    return link;
  }

  /** Adds a link to the agency's lists. */
  @Transactional
  public Link create(StaffPrincipal staff, AgencyCode agency, LinkCommands.Save save) {
    requireEditor(staff, agency);
    LinkStore.Content c = check(staff, agency, null, save);
    long id = store.insert(agency, c, staff.getUsername(), clock.instant());
    record(staff, agency, id, "created;kind=" + c.kind());
    return store.find(id).orElseThrow(LinkNotFound::new);
  }

  /** Changes a link; a new address forgets what the check found for the old one. */
  @Transactional
  public Link update(StaffPrincipal staff, long id, int version, LinkCommands.Save save) {
    Link link = get(staff, id);
    LinkStore.Content c = check(staff, link, save);
    if (!store.update(id, version, c, staff.getUsername(), clock.instant())) {
      throw new LinkChanged();
    }
    record(staff, link.agency(), id, "fields=" + changed(link, c) + ";kind=" + c.kind());
    return store.find(id).orElseThrow(LinkNotFound::new);
  }

  /** Removes a link; a broken spell it had ends today. */
  @Transactional
  public void delete(StaffPrincipal staff, long id, int version) {
    Link link = get(staff, id);
    requireEditor(staff, link.agency());
    if (!store.delete(id, version)) {
      throw new LinkChanged();
    }
    store.closeSpell(id, java.time.LocalDate.now(clock.withZone(LinkCheck.TAIPEI)));
    record(staff, link.agency(), id, "deleted;kind=" + link.kind());
  }

  private LinkStore.Content check(StaffPrincipal staff, Link link, LinkCommands.Save s) {
    return check(staff, link.agency(), link.ownerUsername(), s);
  }

  private LinkStore.Content check(
      StaffPrincipal staff,
      AgencyCode agency,
      @org.jspecify.annotations.Nullable String owner,
      LinkCommands.Save s) {
    Set<String> usernames = new java.util.HashSet<>();
    if (mayEdit(staff, agency)) {
      organisation.staffOf(staff, agency).stream()
          .map(StaffMember::username)
          .forEach(usernames::add);
    } else {
      // An owner who is no administrator may keep the owner or name themself.
      usernames.add(staff.getUsername());
      if (owner != null) {
        usernames.add(owner);
      }
    }
    return LinkEntryCheck.check(
        s, organisation.units(agency), usernames, settings.allowPrivateAddresses());
  }

  private static String changed(Link old, LinkStore.Content c) {
    StringBuilder f = new StringBuilder();
    append(f, "kind", old.kind() != c.kind());
    append(f, "title", !old.title().equals(c.title()));
    append(f, "url", !old.url().equals(c.url()));
    append(f, "description", !java.util.Objects.equals(old.description(), c.description()));
    append(f, "position", old.position() != c.position());
    append(
        f,
        "owner",
        old.ownerUnitId() != c.ownerUnitId()
            || !java.util.Objects.equals(old.ownerUsername(), c.ownerUsername()));
    append(f, "review", !old.reviewOn().equals(c.reviewOn()));
    return f.isEmpty() ? "none" : f.toString();
  }

  private static void append(StringBuilder f, String name, boolean changed) {
    if (changed) {
      f.append(f.isEmpty() ? "" : ",").append(name);
    }
  }

  private void requireEditor(StaffPrincipal staff, AgencyCode agency) {
    if (!mayEdit(staff, agency) || !organisation.exists(agency)) {
      throw new LinkNotFound();
    }
  }

  private void record(StaffPrincipal by, AgencyCode agency, long id, String detail) {
    audit.record(
        new AuditEvent(by.getUsername(), agency.value(), AUDIT, "LINK", Long.toString(id), detail));
  }

  /** No such link or agency, or not one the caller may reach. */
  public static final class LinkNotFound extends NotFoundException {
    LinkNotFound() {
      super("links.not-found");
    }
  }

  /** Someone else changed the link since it was read. */
  public static final class LinkChanged extends ConflictException {
    LinkChanged() {
      super("links.changed");
    }
  }
}
