// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.catalogue.DemoCatalogue.DemoService;
import tw.civicdesk.catalogue.ServiceContent.RequiredDocument;

/** The demo catalogue is complete, consistent with the demo organisation, and realistic. */
class DemoCatalogueTests {

  /** The units of each seed agency, as {@code DemoOrganisation} defines them. */
  static final Map<String, Set<String>> UNITS =
      Map.of(
          "YILAN-JIAOXI", Set.of("CIVIL", "SOCIAL", "ADMIN", "CLEANING"),
          "KH-FENGSHAN-HR1", Set.of("DESK-1", "DESK-2", "DESK-3"),
          "TN-YANSHUI", Set.of("SOCIAL", "AGRI-WORKS", "CLEANING"),
          "HC-EAST-HEALTH", Set.of("ADMIN", "HEALTH"),
          "CH-PLANNING", Set.of("PLANNING", "RESEARCH", "EVALUATION", "IT"),
          "YILAN-TOUCHENG", Set.of("CIVIL", "SOCIAL", "CLEANING"));

  final List<DemoService> services = DemoCatalogue.services();

  @Test
  void everySeedAgencyHasEightToTwentyServicesTheSecondYilanTownshipThreeAndNoOtherAny() {
    Map<String, Long> perAgency =
        services.stream().collect(groupingBy(DemoService::agencyCode, counting()));

    assertThat(perAgency).containsOnlyKeys(UNITS.keySet());
    assertThat(perAgency)
        .allSatisfy(
            (agency, count) ->
                assertThat(count)
                    .as(agency)
                    .isBetween(agency.equals("YILAN-TOUCHENG") ? 3L : 8L, 20L));
  }

  @Test
  void serviceCodesAreWellFormedAndUnique() {
    List<String> codes = services.stream().map(DemoService::code).toList();

    assertThat(codes)
        .allSatisfy(code -> assertThat(ServiceCode.isValid(code)).isTrue())
        .allSatisfy(code -> assertThat(new ServiceCode(code).value()).isEqualTo(code))
        .doesNotHaveDuplicates();
  }

  @Test
  void everyServiceBelongsToAUnitOfItsOwnAgency() {
    assertThat(services)
        .allSatisfy(
            service ->
                assertThat(UNITS.get(service.agencyCode()))
                    .as(service.code())
                    .contains(service.unitCode()));
  }

  @Test
  void everyServiceHasStepsDocumentsChannelsAndEnglishTexts() {
    assertThat(services)
        .allSatisfy(
            service -> {
              ServiceContent content = service.content();
              assertThat(content.steps()).as(service.code()).isNotEmpty();
              assertThat(content.documents()).as(service.code()).isNotEmpty();
              assertThat(content.channels()).as(service.code()).isNotEmpty();
              assertThat(content.name().en()).as(service.code()).isNotBlank();
              assertThat(content.summary().en()).as(service.code()).isNotBlank();
              assertThat(content.description().en()).as(service.code()).isNotBlank();
              assertThat(content.legalBasis().en()).as(service.code()).isNotBlank();
              assertThat(content.forms()).as(service.code()).isEmpty();
            });
  }

  @Test
  void everyOnlineServiceAsksForWhatItsFormAsksWithARequiredFieldInBothLanguages() {
    List<DemoService> online =
        services.stream().filter(s -> s.content().offers(Channel.ONLINE)).toList();
    assertThat(online).extracting(DemoService::agencyCode).containsAll(UNITS.keySet());
    assertThat(online)
        .allSatisfy(
            service -> {
              assertThat(service.content().fields())
                  .as(service.code())
                  .anyMatch(FormField::required);
              assertThat(service.content().fields())
                  .as(service.code())
                  .allSatisfy(
                      f -> {
                        assertThat(f.label().en()).isNotBlank();
                        f.choices().forEach(c -> assertThat(c.label().en()).isNotBlank());
                      });
            });
    assertThat(services)
        .filteredOn(s -> !s.content().fields().isEmpty())
        .allMatch(s -> s.content().offers(Channel.ONLINE));
  }

  @Test
  void aRequestForGovernmentInformationAsksForTheInformationItsPurposeAndHowToReceiveIt() {
    assertThat(services)
        .filteredOn(s -> s.code().endsWith("-GOV-INFO-REQUEST"))
        .hasSize(2)
        .allSatisfy(
            s -> {
              assertThat(s.content().field("description"))
                  .get()
                  .matches(f -> f.required() && f.type() == FieldType.PARAGRAPH);
              assertThat(s.content().field("purpose")).get().matches(FormField::required);
              assertThat(s.content().field("delivery"))
                  .get()
                  .matches(f -> f.required() && f.type() == FieldType.CHOICE);
              assertThat(s.content().steps().get(0).text().zh()).doesNotContain("填寫申請書");
            });
  }

  @Test
  void aServiceAboutAChildAsksForTheChildsParticulars() {
    assertThat(services)
        .filteredOn(s -> s.code().equals("EASTHEALTH-CHILD-VACCINATION"))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.content().fields())
                    .extracting(FormField::name)
                    .contains("childName", "childBirthDate", "childId", "guardian"));
  }

  @Test
  void noOnlineServiceTellsTheApplicantToFillInAPaperFormFirst() {
    assertThat(services)
        .filteredOn(s -> s.content().offers(Channel.ONLINE))
        .allSatisfy(
            s ->
                assertThat(s.content().steps().get(0).text().zh())
                    .as(s.code())
                    .doesNotStartWith("填寫申請"));
  }

  @Test
  void anOnlineServiceAsksForARequiredChoiceAndANationalId() {
    assertThat(services)
        .map(DemoService::content)
        .anySatisfy(
            c -> {
              assertThat(c.offers(Channel.ONLINE)).isTrue();
              assertThat(c.fields())
                  .anyMatch(f -> f.type() == FieldType.CHOICE && f.required())
                  .anyMatch(f -> f.type() == FieldType.NATIONAL_ID);
            });
  }

  @Test
  void atLeastOneServiceHasNoPublishedTimeLimitAndFallsBackToTwoMonths() {
    List<ServiceContent> unpublished =
        services.stream()
            .map(DemoService::content)
            .filter(content -> !content.timeLimitPublished())
            .toList();

    assertThat(unpublished)
        .isNotEmpty()
        .allSatisfy(
            content ->
                assertThat(content.effectiveTimeLimit()).isEqualTo(TimeLimit.STATUTORY_DEFAULT));
  }

  @Test
  void handlingTargetsAreShorterThanTheLimitTheyShareAUnitWith() {
    assertThat(services)
        .allSatisfy(
            service -> {
              TimeLimit limit = service.content().timeLimit();
              TimeLimit target = service.content().handlingTarget();
              if (limit != null && target != null) {
                assertThat(target.unit()).as(service.code()).isEqualTo(limit.unit());
                assertThat(target.amount()).as(service.code()).isLessThan(limit.amount());
              }
            });
  }

  @Test
  void betweenAQuarterAndSixtyPercentOfServicesCanBeAppliedForOnline() {
    double online =
        services.stream().filter(service -> service.content().offers(Channel.ONLINE)).count()
            / (double) services.size();

    assertThat(online).isBetween(0.25, 0.60);
  }

  @Test
  void betweenFifteenAndFiftyPercentOfRequiredDocumentsCanBeCheckedElectronically() {
    List<RequiredDocument> documents =
        services.stream().flatMap(service -> service.content().documents().stream()).toList();
    double verifiable =
        documents.stream().filter(RequiredDocument::electronicallyVerifiable).count()
            / (double) documents.size();

    assertThat(verifiable).isBetween(0.15, 0.50);
  }

  @Test
  void theServicesNamedInTheSeedPlansExist() {
    List<String> names = services.stream().map(service -> service.content().name().zh()).toList();

    assertThat(List.of("入營服役證明", "調解不成立證明書", "低收入戶", "戶籍謄本", "出生登記", "結婚登記", "遷徙登記", "印鑑證明", "身分證"))
        .allSatisfy(named -> assertSomeNameContains(names, named));
  }

  @Test
  void yanshuiOffersTheOnlineServicesItsPlanPromises() {
    List<String> online =
        services.stream()
            .filter(service -> service.agencyCode().equals("TN-YANSHUI"))
            .filter(service -> service.content().offers(Channel.ONLINE))
            .map(service -> service.content().name().zh())
            .toList();

    assertThat(List.of("入營服役證明", "調解不成立證明書", "低收入戶"))
        .allSatisfy(named -> assertSomeNameContains(online, named));
  }

  static void assertSomeNameContains(List<String> names, String named) {
    assertThat(names).as(named).anySatisfy(name -> assertThat(name).contains(named));
  }
}
