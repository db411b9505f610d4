// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.catalogue.CatalogueExceptions.CatalogueConflict;
import tw.civicdesk.catalogue.CatalogueExceptions.FieldRejected;
import tw.civicdesk.catalogue.CatalogueExceptions.ServiceNotFound;
import tw.civicdesk.catalogue.CatalogueExceptions.UnitNotOfAgency;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.i18n.BilingualText;

/** Versioning, access and figures of the catalogue on the real database. */
@IntegrationTest
class CatalogueEditingTests {

  @Autowired ApplicationContext context;
  @Autowired CatalogueEditing editing;
  @Autowired Catalogue catalogue;
  @Autowired Clock clock;

  TestOrganisation.Setup agency;
  StaffPrincipal quality;
  ServiceCode code;

  @BeforeEach
  void anAgencyWithAQualityOfficer() {
    agency = TestOrganisation.from(context).agency("CAT", null);
    quality = agency.as(Role.QUALITY_OFFICER);
    code = new ServiceCode(agency.code().value() + "-LOW-INCOME");
  }

  private ServiceEntry created() {
    return editing.create(
        quality, agency.code(), code, agency.unit().id(), CatalogueFixtures.lowIncomeCertificate());
  }

  @Test
  void aNewServiceIsADraftThatThePublicCannotSee() {
    ServiceEntry entry = created();
    assertThat(entry.hasDraft()).isTrue();
    assertThat(entry.isPublished()).isFalse();
    assertThat(catalogue.published(code)).isEmpty();
  }

  @Test
  void publishingMakesVersionOnePublicAndFindable() {
    ServiceEntry entry = created();
    ServiceVersion v1 = editing.publish(quality, code, entry.revision());
    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.status()).isEqualTo(VersionStatus.PUBLISHED);
    assertThat(catalogue.published(code)).contains(v1);
    assertThat(catalogue.search("收入戶", agency.code()))
        .extracting(ServiceVersion::code)
        .containsExactly(code);
    // Within the agency: across the shared test database every test's identical service ties
    // with this one, and the first 100 of a tie need not hold the newest.
    assertThat(catalogue.search("household CERT", agency.code()))
        .extracting(ServiceVersion::code)
        .containsExactly(code);
  }

  @Test
  void anEditMakesADraftWhileThePublicKeepsTheOldVersionAndCasesKeepTheirs() {
    int first = editing.publish(quality, code, created().revision()).version();
    ServiceEntry afterPublish = catalogue.entryFor(quality, code);
    ServiceContent changed = CatalogueFixtures.withoutTimeLimit("低收入戶證明（新版）");
    ServiceEntry drafted =
        editing.saveDraft(quality, code, afterPublish.revision(), agency.unit().id(), changed);
    assertThat(drafted.draftVersion()).isEqualTo(2);
    assertThat(catalogue.published(code).orElseThrow().version()).isEqualTo(first);

    editing.publish(quality, code, drafted.revision());
    ServiceVersion current = catalogue.published(code).orElseThrow();
    assertThat(current.version()).isEqualTo(2);
    assertThat(current.content().effectiveTimeLimit()).isEqualTo(TimeLimit.months(2));
    ServiceVersion filedUnder = catalogue.version(code, 1).orElseThrow();
    assertThat(filedUnder.status()).isEqualTo(VersionStatus.SUPERSEDED);
    assertThat(filedUnder.content().timeLimit()).isEqualTo(TimeLimit.workingDays(3));
  }

  @Test
  void publishingCarriesTheDraftsFormFieldsIntoTheNewVersionWhileOldVersionsKeepTheirs() {
    editing.publish(quality, code, created().revision());
    ServiceEntry entry = catalogue.entryFor(quality, code);
    ServiceEntry drafted =
        editing.addField(
            quality,
            code,
            entry.revision(),
            FormField.of("observedOn", FieldType.DATE, false, new BilingualText("日期", "Date")));
    drafted = editing.removeField(quality, code, drafted.revision(), "copies");
    ServiceVersion v2 = editing.publish(quality, code, drafted.revision());
    assertThat(v2.content().fields())
        .extracting(FormField::name)
        .containsExactly("nationalId", "purpose", "observedOn");
    assertThat(v2.content().fields().get(1))
        .isEqualTo(CatalogueFixtures.certificateFields().get(1));
    assertThat(catalogue.version(code, 1).orElseThrow().content().fields())
        .isEqualTo(CatalogueFixtures.certificateFields());
  }

  @Test
  void aFieldNameIsUsedOnceAFormHasAtMostThirtyFieldsAndOnlyEditorsAddThem() {
    ServiceEntry entry = created();
    FormField copiesAgain =
        FormField.of("copies", FieldType.TEXT, false, new BilingualText("份數", ""));
    assertThatThrownBy(() -> editing.addField(quality, code, entry.revision(), copiesAgain))
        .isInstanceOf(FieldRejected.class)
        .hasMessage("catalogue.field-editor.name-taken")
        .extracting(e -> ((FieldRejected) e).field())
        .isEqualTo("fieldName");
    assertThatThrownBy(
            () ->
                editing.addField(agency.as(Role.CASE_OFFICER), code, entry.revision(), copiesAgain))
        .isInstanceOf(ServiceNotFound.class);
    int revision = entry.revision();
    for (int i = 3; i < CatalogueEditing.MAX_FIELDS; i++) {
      revision =
          editing
              .addField(
                  quality,
                  code,
                  revision,
                  FormField.of("extra" + i, FieldType.TEXT, false, new BilingualText("欄位", "")))
              .revision();
    }
    int last = revision;
    assertThatThrownBy(
            () ->
                editing.addField(
                    quality,
                    code,
                    last,
                    FormField.of("oneMore", FieldType.TEXT, false, new BilingualText("欄位", ""))))
        .isInstanceOf(FieldRejected.class)
        .hasMessage("catalogue.field-editor.too-many");
  }

  @Test
  void twoEditorsWorkingFromTheSameRevisionDoNotBothWin() {
    ServiceEntry entry = created();
    editing.saveDraft(
        quality,
        code,
        entry.revision(),
        agency.unit().id(),
        CatalogueFixtures.lowIncomeCertificate());
    assertThatThrownBy(
            () ->
                editing.saveDraft(
                    agency.as(Role.AGENCY_ADMIN),
                    code,
                    entry.revision(),
                    agency.unit().id(),
                    CatalogueFixtures.withoutTimeLimit("別人的修改")))
        .isInstanceOf(CatalogueConflict.class);
    assertThat(catalogue.workingCopy(quality, code).content().name().zh()).isEqualTo("低收入戶證明申請");
  }

  @Test
  void staffOfAnotherAgencyAndCaseOfficersCannotEditAndSeeNothing() {
    created();
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("CATX", null);
    for (StaffPrincipal outsider :
        new StaffPrincipal[] {
          other.as(Role.QUALITY_OFFICER),
          other.as(Role.AGENCY_ADMIN),
          agency.as(Role.CASE_OFFICER),
          agency.as(Role.COUNTER_CLERK)
        }) {
      assertThatThrownBy(() -> editing.publish(outsider, code, 0))
          .isInstanceOf(ServiceNotFound.class);
      assertThatThrownBy(() -> catalogue.workingCopy(outsider, code))
          .isInstanceOf(ServiceNotFound.class);
    }
    assertThat(catalogue.published(code)).isEmpty();
  }

  @Test
  void aUnitHeadEditsOnlyTheServicesOfTheirOwnUnit() {
    created();
    StaffPrincipal head = agency.as(Role.UNIT_HEAD);
    ServiceEntry entry = catalogue.entryFor(head, code);
    assertThat(entry.code()).isEqualTo(code);
    ServiceCode elsewhere = new ServiceCode(agency.code().value() + "-ELSEWHERE");
    assertThatThrownBy(
            () ->
                editing.create(
                    head, agency.code(), elsewhere, -1, CatalogueFixtures.lowIncomeCertificate()))
        .isInstanceOf(UnitNotOfAgency.class);
  }

  @Test
  void aTakenCodeIsRefused() {
    created();
    assertThatThrownBy(this::created)
        .isInstanceOf(CatalogueConflict.class)
        .hasMessage(CatalogueConflict.CODE_TAKEN);
  }

  @Test
  void figuresCountPublishedServicesStepsOnlineAndDocumentsAsOfADay() {
    editing.publish(quality, code, created().revision());
    ServiceCode second = new ServiceCode(agency.code().value() + "-OTHER");
    ServiceEntry draft =
        editing.create(
            quality,
            agency.code(),
            second,
            agency.unit().id(),
            CatalogueFixtures.withoutTimeLimit("其他服務"));
    editing.publish(quality, second, draft.revision());
    editing.create(
        quality,
        agency.code(),
        new ServiceCode(agency.code().value() + "-DRAFT"),
        agency.unit().id(),
        CatalogueFixtures.lowIncomeCertificate());

    LocalDate today = LocalDate.now(clock);
    CatalogueFigures figures = catalogue.figures(agency.code(), today);
    assertThat(figures.services()).isEqualTo(2);
    assertThat(figures.withSteps()).isEqualTo(1);
    assertThat(figures.online()).isEqualTo(1);
    assertThat(figures.documents()).isEqualTo(4);
    assertThat(figures.electronicallyVerifiable()).isEqualTo(1);
    assertThat(figures.electronicShare()).isEqualTo(0.25);
    assertThat(catalogue.figures(agency.code(), today.minusDays(1)).services()).isZero();
  }

  @Test
  void serviceCodesAreNormalisedAndValidated() {
    assertThat(ServiceCode.of(" jiaoxi-low-income ").value()).isEqualTo("JIAOXI-LOW-INCOME");
    assertThat(ServiceCode.isValid("a b")).isFalse();
    assertThat(ServiceCode.isValid("X".repeat(65))).isFalse();
    assertThat(code.value().toLowerCase(Locale.ROOT)).startsWith("cat-");
  }
}
