// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tw.civicdesk.catalogue.FormField.Choice;
import tw.civicdesk.platform.i18n.BilingualText;

/** The rules every form field keeps, whoever builds it. */
class FormFieldTests {

  static final BilingualText LABEL = new BilingualText("用途", "Purpose");
  static final List<Choice> CHOICES = List.of(choice("work"), choice("other"));

  static Choice choice(String value) {
    return new Choice(value, new BilingualText("選項 " + value, "Option " + value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "nationalId", "copies2", "x234567890123456789012345678901234567890"})
  void machineNamesStartWithALowerCaseLetterAndHaveAtMostFortyLettersOrDigits(String name) {
    assertThat(FormField.of(name, FieldType.TEXT, true, LABEL).name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "NationalId",
        "1copies",
        "national_id",
        "national-id",
        "名稱",
        "a b",
        "x2345678901234567890123456789012345678901"
      })
  void otherNamesAreRefused(String name) {
    assertThatThrownBy(() -> FormField.of(name, FieldType.TEXT, true, LABEL))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aChoiceFieldNeedsChoices() {
    assertThatThrownBy(() -> new FormField("purpose", FieldType.CHOICE, true, LABEL, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new FormField("purpose", FieldType.CHOICE, true, LABEL, CHOICES).choices())
        .extracting(Choice::value)
        .containsExactly("work", "other");
  }

  @ParameterizedTest
  @EnumSource(value = FieldType.class, names = "CHOICE", mode = EnumSource.Mode.EXCLUDE)
  void noOtherTypeMayHaveChoices(FieldType type) {
    assertThatThrownBy(() -> new FormField("purpose", type, true, LABEL, CHOICES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(FormField.of("purpose", type, false, LABEL).choices()).isEmpty();
  }

  @Test
  void twoChoicesOfAFieldNeverShareAValue() {
    assertThatThrownBy(
            () ->
                new FormField(
                    "purpose",
                    FieldType.CHOICE,
                    true,
                    LABEL,
                    List.of(choice("work"), choice("work"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " work", "work|x", "-work", "工作", "x2345678901234567890123456789012345678901"})
  void choiceValuesAreShortMachineValues(String value) {
    assertThatThrownBy(() -> choice(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theChoicesCannotBeChangedFromOutside() {
    List<Choice> mutable = new ArrayList<>(CHOICES);
    FormField field = new FormField("purpose", FieldType.CHOICE, true, LABEL, mutable);
    mutable.clear();
    assertThat(field.choices()).hasSize(2);
    assertThatThrownBy(() -> field.choices().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aServiceNeverHasTwoFieldsOfTheSameName() {
    ServiceContent content = CatalogueFixtures.lowIncomeCertificate();
    List<FormField> twice = new ArrayList<>(content.fields());
    twice.add(FormField.of("copies", FieldType.TEXT, false, LABEL));
    assertThatThrownBy(() -> content.withFields(twice))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void changingTheFormsKeepsTheFieldsAndChangingTheFieldsKeepsTheForms() {
    ServiceContent content = CatalogueFixtures.lowIncomeCertificate();
    assertThat(content.withForms(List.of()).fields()).isEqualTo(content.fields());
    FormFile file = new FormFile(7, FormKind.FORM, LABEL, "a.pdf", "application/pdf", 1, "00");
    ServiceContent withFile = content.withForms(List.of(file));
    assertThat(withFile.withFields(List.of()).forms()).containsExactly(file);
    assertThat(withFile.withFields(List.of()).fields()).isEmpty();
    assertThat(content.field("purpose")).map(FormField::type).contains(FieldType.CHOICE);
    assertThat(content.field("missing")).isEmpty();
  }

  @Test
  void staffPagesShowNationalIdsMaskedAndChoicesByTheirLabel() {
    FormField id = FormField.of("nationalId", FieldType.NATIONAL_ID, true, LABEL);
    assertThat(id.display("A123456789", java.util.Locale.TAIWAN)).isEqualTo("A12345****");
    assertThat(id.display("not-an-id", java.util.Locale.TAIWAN)).isEqualTo("*********");
    FormField purpose = new FormField("purpose", FieldType.CHOICE, true, LABEL, CHOICES);
    assertThat(purpose.display("work", java.util.Locale.ENGLISH)).isEqualTo("Option work");
    assertThat(purpose.display("work", java.util.Locale.TAIWAN)).isEqualTo("選項 work");
    assertThat(
            FormField.of("note", FieldType.TEXT, false, LABEL)
                .display("二樓", java.util.Locale.TAIWAN))
        .isEqualTo("二樓");
  }

  @Test
  void staffPagesShowAddressesCutAfterTheRoadAndOnlyAnAuditedViewShowsThemWhole() {
    FormField address = FormField.of("site", FieldType.ADDRESS, true, LABEL);
    assertThat(address.display("宜蘭縣礁溪鄉中山路二段123號5樓", java.util.Locale.TAIWAN))
        .isEqualTo("宜蘭縣礁溪鄉中山路");
    assertThat(address.revealed("宜蘭縣礁溪鄉中山路二段123號5樓", java.util.Locale.TAIWAN))
        .isEqualTo("宜蘭縣礁溪鄉中山路二段123號5樓");
    assertThat(
            FormField.of("id", FieldType.NATIONAL_ID, true, LABEL)
                .revealed("A123456789", java.util.Locale.TAIWAN))
        .isEqualTo("A123456789");
    assertThat(java.util.Arrays.stream(FieldType.values()).filter(FieldType::personalData))
        .containsExactly(FieldType.ADDRESS, FieldType.NATIONAL_ID);
  }

  @Property(tries = 300)
  void everyWellShapedNameIsAccepted(
      @ForAll @AlphaChars @StringLength(max = 1) String first,
      @ForAll @AlphaChars @NumericChars @StringLength(max = 39) String rest) {
    String name = (first.isEmpty() ? "a" : first.toLowerCase(java.util.Locale.ROOT)) + rest;
    assertThat(FormField.of(name, FieldType.DATE, false, LABEL).name()).isEqualTo(name);
  }
}
