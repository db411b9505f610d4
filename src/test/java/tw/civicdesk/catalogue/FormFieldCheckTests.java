// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tw.civicdesk.catalogue.FormFieldCheck.FieldProblem;
import tw.civicdesk.platform.i18n.BilingualText;

/** The check of an applicant's values against a service's form fields. */
class FormFieldCheckTests {

  static final List<FormField> FIELDS =
      List.of(
          FormField.of("nationalId", FieldType.NATIONAL_ID, true, label("身分證")),
          new FormField(
              "purpose",
              FieldType.CHOICE,
              true,
              label("用途"),
              List.of(
                  new FormField.Choice("work", label("就業")),
                  new FormField.Choice("other", label("其他")))),
          FormField.of("copies", FieldType.NUMBER, false, label("份數")),
          FormField.of("observedOn", FieldType.DATE, false, label("日期")),
          FormField.of("address", FieldType.ADDRESS, false, label("地址")),
          FormField.of("note", FieldType.TEXT, false, label("備註")));

  static BilingualText label(String zh) {
    return new BilingualText(zh, "");
  }

  static FormFieldCheck check(Map<String, String> values) {
    return FormFieldCheck.of(FIELDS, values);
  }

  static Map<String, String> valid() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("nationalId", "A123456789");
    values.put("purpose", "work");
    return values;
  }

  static FormFieldCheck checkOne(String name, String value) {
    Map<String, String> values = valid();
    values.put(name, value);
    return check(values);
  }

  static String keyOf(FormFieldCheck check, String name) {
    return check.errors().get(name).messageKey();
  }

  @Test
  void theRequiredFieldsAloneAreEnough() {
    FormFieldCheck check = check(valid());
    assertThat(check.ok()).isTrue();
    assertThat(check.errors()).isEmpty();
    assertThat(check.normalized())
        .containsExactly(Map.entry("nationalId", "A123456789"), Map.entry("purpose", "work"));
  }

  @Test
  void missingAndBlankRequiredFieldsAreReportedInFormOrder() {
    Map<String, String> values = new HashMap<>();
    values.put("purpose", " \u3000\t");
    values.put("copies", "x");
    FormFieldCheck check = check(values);
    assertThat(check.ok()).isFalse();
    assertThat(check.errors().keySet()).containsExactly("nationalId", "purpose", "copies");
    assertThat(check.errors().get("nationalId"))
        .isEqualTo(new FieldProblem("catalogue.field.required", List.of()));
    assertThat(keyOf(check, "purpose")).isEqualTo("catalogue.field.required");
    assertThat(keyOf(check, "copies")).isEqualTo("catalogue.field.number");
  }

  @Test
  void valuesUnderUnknownNamesAreErrorsAfterTheFieldsInAlphabeticalOrder() {
    Map<String, String> values = valid();
    values.put("zebra", "1");
    values.put("apple", "");
    values.put("copies", "two");
    FormFieldCheck check = check(values);
    assertThat(check.errors().keySet()).containsExactly("copies", "apple", "zebra");
    assertThat(keyOf(check, "zebra")).isEqualTo("catalogue.field.unknown");
    assertThat(check.normalized()).doesNotContainKeys("zebra", "apple");
  }

  @Test
  void emptyOptionalFieldsAreLeftOutAndValuesAreTrimmed() {
    Map<String, String> values = valid();
    values.put("nationalId", "  a123456789 ");
    values.put("copies", " 2 ");
    values.put("note", "   ");
    values.put("address", null);
    FormFieldCheck check = check(values);
    assertThat(check.ok()).isTrue();
    assertThat(check.normalized())
        .containsExactly(
            Map.entry("nationalId", "A123456789"),
            Map.entry("purpose", "work"),
            Map.entry("copies", "2"));
  }

  @ParameterizedTest
  @CsvSource({"note, 500, true", "note, 501, false", "address, 200, true", "address, 201, false"})
  void textsAndAddressesHaveAMaximumLength(String name, int length, boolean ok) {
    FormFieldCheck check = checkOne(name, "路".repeat(length));
    assertThat(check.ok()).isEqualTo(ok);
    if (!ok) {
      assertThat(check.errors().get(name))
          .isEqualTo(
              new FieldProblem(
                  "catalogue.field.too-long", List.of(name.equals("note") ? 500 : 200)));
    }
  }

  @Test
  void charactersOutsideTheBasicPlaneCountOnce() {
    assertThat(checkOne("address", "𠀀".repeat(200)).ok()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "2", "-3", "0.5", "12.25", "123456789012345678"})
  void decimalNumbersAreNumbers(String value) {
    assertThat(checkOne("copies", value).ok()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "two",
        "1e3",
        "1,000",
        "1.",
        ".5",
        "+1",
        "２",
        "0x10",
        "NaN",
        "1 000",
        "1234567890123456789"
      })
  void otherTextIsNotANumber(String value) {
    assertThat(keyOf(checkOne("copies", value), "copies")).isEqualTo("catalogue.field.number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-01", "2024-02-29", "1999-12-31"})
  void isoDatesAreDates(String value) {
    assertThat(checkOne("observedOn", value).ok()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-29",
        "2026-13-01",
        "2026-3-1",
        "2026/03/01",
        "115-03-01",
        "+2026-03-01",
        "2026-03-01T10:00",
        "01-03-2026"
      })
  void otherTextIsNotADate(String value) {
    assertThat(keyOf(checkOne("observedOn", value), "observedOn"))
        .isEqualTo("catalogue.field.date");
  }

  @Test
  void aChoiceIsOneOfTheValuesNotALabel() {
    assertThat(keyOf(checkOne("purpose", "就業"), "purpose")).isEqualTo("catalogue.field.choice");
    assertThat(keyOf(checkOne("purpose", "WORK"), "purpose")).isEqualTo("catalogue.field.choice");
    assertThat(checkOne("purpose", " other ").normalized()).containsEntry("purpose", "other");
  }

  @ParameterizedTest
  @CsvSource({
    "A123456789, A123456789", "a123456789, A123456789", "Ａ１２３４５６７８９, A123456789",
    "AA00000009, AA00000009", "bd01300667, BD01300667", "A800000014, A800000014",
    "a930196810, A930196810"
  })
  void nationalIdsAndBothResidentCertificateFormatsAreAcceptedInCanonicalForm(
      String typed, String stored) {
    FormFieldCheck check = checkOne("nationalId", typed);
    assertThat(check.ok()).isTrue();
    assertThat(check.normalized()).containsEntry("nationalId", stored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A123456788", "A12345678", "AE12345678", "A323456789", "123"})
  void wrongNationalIdsAreReported(String value) {
    FormFieldCheck check = checkOne("nationalId", value);
    assertThat(keyOf(check, "nationalId")).isEqualTo("catalogue.field.national-id");
    assertThat(check.normalized()).containsEntry("nationalId", value.toUpperCase());
  }

  @Test
  void theResultCannotBeChanged() {
    FormFieldCheck check = check(Map.of());
    assertThat(check.errors()).isUnmodifiable();
    assertThat(check.normalized()).isUnmodifiable();
  }

  @Test
  void aFormWithoutFieldsTakesNoValues() {
    assertThat(FormFieldCheck.of(List.of(), Map.of()).ok()).isTrue();
    assertThat(FormFieldCheck.of(List.of(), Map.of("x", "1")).errors()).containsOnlyKeys("x");
  }

  @Property(tries = 500)
  void everyIntegerAndDecimalOfUpToEighteenDigitsIsANumber(
      @ForAll @LongRange(min = -999_999_999_999_999_999L, max = 999_999_999_999_999_999L)
          long whole,
      @ForAll @IntRange(min = 0, max = 999) int fraction) {
    assertThat(checkOne("copies", Long.toString(whole)).ok()).isTrue();
    assertThat(
            checkOne("copies", (whole < 0 ? "-" : "") + Math.abs(whole / 10) + "." + fraction).ok())
        .isTrue();
  }

  @Property(tries = 500)
  void everyRealDateInIsoFormIsADate(
      @ForAll @LongRange(min = -25567, max = 376199) long epochDay) { // 1900-01-01 … 2999-12-31
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    FormFieldCheck check = checkOne("observedOn", date.toString());
    assertThat(check.ok()).isTrue();
    assertThat(check.normalized()).containsEntry("observedOn", date.toString());
  }

  @Property(tries = 500)
  void anyTextIsCheckedWithoutFailingAndErrorsAndNormalizedValuesStayWithinTheFields(
      @ForAll("anyValues") Map<String, String> values) {
    FormFieldCheck check = FormFieldCheck.of(FIELDS, values);
    assertThat(check.ok()).isEqualTo(check.errors().isEmpty());
    List<String> names = FIELDS.stream().map(FormField::name).toList();
    assertThat(names).containsAll(check.normalized().keySet());
    check.normalized().values().forEach(v -> assertThat(v).isNotBlank().isEqualTo(v.strip()));
    values.keySet().stream()
        .filter(n -> !names.contains(n))
        .forEach(n -> assertThat(keyOf(check, n)).isEqualTo("catalogue.field.unknown"));
  }

  @Provide
  Arbitrary<Map<String, String>> anyValues() {
    Arbitrary<String> names =
        Arbitraries.oneOf(
            Arbitraries.of("nationalId", "purpose", "copies", "observedOn", "address", "note"),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
    return Arbitraries.maps(names, Arbitraries.strings().ofMaxLength(600)).ofMaxSize(8);
  }
}
