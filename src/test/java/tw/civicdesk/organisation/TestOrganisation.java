// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * Builds real agencies, units and staff in the test database. Every agency gets a fresh code so
 * that tests sharing the database never see each other's records.
 */
public final class TestOrganisation {

  /** The password of every staff account made here. */
  public static final String PASSWORD = "correct-horse-battery";

  /** The display name of the staff members {@link #member} makes (the set-up's are 王小明). */
  public static final String MEMBER_NAME = "陳小華";

  private final Agencies agencies;
  private final Units units;
  private final StaffMembers staff;
  private final String passwordHash;

  private TestOrganisation(ApplicationContext context) {
    this.agencies = context.getBean(Agencies.class);
    this.units = context.getBean(Units.class);
    this.staff = context.getBean(StaffMembers.class);
    this.passwordHash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
  }

  public static TestOrganisation from(ApplicationContext context) {
    return new TestOrganisation(context);
  }

  /** An agency with one unit and one staff member per role, below {@code parent} if given. */
  public Setup agency(String prefix, @Nullable AgencyCode parent) {
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    AgencyCode code = new AgencyCode(prefix + "-" + suffix);
    Instant now = Instant.now();
    agencies.insert(
        new Agency(
            code,
            parent,
            new BilingualText("測試機關" + suffix, "Test " + suffix),
            AgencyType.TOWNSHIP_OFFICE,
            new BilingualText("測試路1號", "1 Test Rd."),
            "03-1234567",
            new BilingualText("週一至週五", "Mon-Fri"),
            null,
            0),
        now);
    long unitId =
        units.insert(code, "U1", new BilingualText("民政課", "Civil"), UnitKind.SECTION, now);
    Map<Role, StaffPrincipal> members = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      members.put(role, member(code, unitId, username(code, role), "王小明", role));
    }
    return new Setup(code, units.find(unitId).orElseThrow(), members);
  }

  /**
   * The username {@link #agency} gives the staff member of {@code agency} holding {@code role}, for
   * a test that knows a case's agency (its number) but not the set-up.
   */
  public static String username(AgencyCode agency, Role role) {
    return (agency.value() + "." + role.name()).toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * One more unit of {@code agency} with the code {@code code}; asked again for the same code, the
   * one made the first time.
   */
  public Unit unit(Setup agency, String code) {
    return units.findByAgency(agency.code()).stream()
        .filter(u -> u.code().equals(code))
        .findFirst()
        .orElseGet(
            () ->
                units
                    .find(
                        units.insert(
                            agency.code(),
                            code,
                            new BilingualText("社會課" + code, "Social " + code),
                            UnitKind.SECTION,
                            Instant.now()))
                    .orElseThrow());
  }

  /**
   * One more staff member of {@code agency} in {@code unitId} holding {@code role} (a colleague of
   * the set-up's own), with the username {@link #username(AgencyCode, String)} and the display name
   * {@value #MEMBER_NAME}; asked again for the same tag, the one made the first time.
   */
  public StaffPrincipal member(Setup agency, long unitId, String tag, Role role) {
    String username = username(agency.code(), tag);
    return staff
        .findForSignIn(username)
        .orElseGet(() -> member(agency.code(), unitId, username, MEMBER_NAME, role));
  }

  /** The username of the staff member {@link #member} makes for {@code tag}. */
  public static String username(AgencyCode agency, String tag) {
    return (agency.value() + "." + tag).toLowerCase(Locale.ROOT);
  }

  private StaffPrincipal member(
      AgencyCode code, long unitId, String username, String displayName, Role role) {
    long id =
        staff.insert(
            new StaffMember(
                0,
                username,
                displayName,
                username + "@example.invalid",
                code,
                unitId,
                EnumSet.of(role),
                true,
                0),
            passwordHash,
            Instant.now());
    StaffPrincipal made = staff.findForSignIn(username).orElseThrow();
    assert made.id() == id;
    return made;
  }

  /** What {@link #agency} made. */
  public record Setup(AgencyCode code, Unit unit, Map<Role, StaffPrincipal> staff) {

    public StaffPrincipal as(Role role) {
      return staff.get(role);
    }

    public String username(Role role) {
      return staff.get(role).getUsername();
    }
  }
}
