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
    agencies.insert(new Agency(code, parent, new BilingualText("測試機關" + suffix, "Test " + suffix),
        AgencyType.TOWNSHIP_OFFICE, new BilingualText("測試路1號", "1 Test Rd."), "03-1234567",
        new BilingualText("週一至週五", "Mon-Fri"), null, 0), now);
    long unitId = units.insert(code, "U1", new BilingualText("民政課", "Civil"), UnitKind.SECTION,
        now);
    Map<Role, StaffPrincipal> members = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      String username = (code.value() + "." + role.name()).toLowerCase(Locale.ROOT)
          .replace('_', '-');
      long id = staff.insert(new StaffMember(0, username, "王小明", username + "@example.invalid",
          code, unitId, EnumSet.of(role), true, 0), passwordHash, now);
      members.put(role, staff.findForSignIn(username).orElseThrow());
      assert members.get(role).id() == id;
    }
    return new Setup(code, units.find(unitId).orElseThrow(), members);
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
