// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tw.civicdesk.identity.NationalId.Kind;

/**
 * National ID and resident certificate numbers. The check digits used here come from a model
 * written independently of {@link NationalId}: it finds a letter's value from the letters in value
 * order instead of a table, and an old-format second letter from its place in "ABCD".
 */
class NationalIdTests {

  /** Letters in the order of their values A=10, B=11, …, O=35: the value is the index + 10. */
  static final String LETTERS_BY_VALUE = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

  static final int[] WEIGHTS = {1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1};
  static final String SECOND_CHARACTERS = "12ABCD89";

  static int modelSum(String id) {
    return modelSum(id, LETTERS_BY_VALUE.indexOf(id.charAt(0)) + 10);
  }

  static int modelSum(String id, int letter) {
    char second = id.charAt(1);
    int[] digits = new int[11];
    digits[0] = letter / 10;
    digits[1] = letter % 10;
    digits[2] = Character.isDigit(second) ? second - '0' : "ABCD".indexOf(second);
    for (int i = 2; i < 10; i++) {
      digits[i + 1] = id.charAt(i) - '0';
    }
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += digits[i] * WEIGHTS[i];
    }
    return sum;
  }

  static boolean modelValid(String id) {
    return id.matches("[A-Z][12A-D89][0-9]{8}") && modelSum(id) % 10 == 0;
  }

  /** The nine characters followed by the check digit that makes them valid. */
  static String withCheckDigit(String stem) {
    return stem + (10 - modelSum(stem + "0") % 10) % 10;
  }

  @Test
  void theTextbookExampleA123456789IsAValidNationalId() {
    // A = 10: 1·1 + 0·9 + 1·8 + 2·7 + 3·6 + 4·5 + 5·4 + 6·3 + 7·2 + 8·1 + 9·1 = 130 ≡ 0
    assertThat(modelSum("A123456789")).isEqualTo(130);
    NationalId id = NationalId.parse("A123456789");
    assertThat(id.value()).isEqualTo("A123456789");
    assertThat(id.kind()).isEqualTo(Kind.NATIONAL_ID);
  }

  @Test
  void publishedTestNumbersOfAllThreeKindsAreValid() {
    // test values of the taiwan-id-validator package, checked by the model as well
    assertThat(modelValid("Y123456788")).isTrue();
    assertThat(modelValid("AA00000009")).isTrue();
    assertThat(modelValid("BD01300667")).isTrue();
    assertThat(modelValid("A800000014")).isTrue();
    assertThat(modelValid("A930196810")).isTrue();
    assertThat(NationalId.parse("Y123456788").kind()).isEqualTo(Kind.NATIONAL_ID);
    assertThat(NationalId.parse("AA00000009").kind()).isEqualTo(Kind.RESIDENT_OLD);
    assertThat(NationalId.parse("BD01300667").kind()).isEqualTo(Kind.RESIDENT_OLD);
    assertThat(NationalId.parse("A800000014").kind()).isEqualTo(Kind.RESIDENT_NEW);
    assertThat(NationalId.parse("A930196810").kind()).isEqualTo(Kind.RESIDENT_NEW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"FA1234567", "TB7654321", "KC0000001", "ZD9999999"})
  void oldResidentCertificateNumbersWithTheirCheckDigitAreValid(String stem) {
    NationalId id = NationalId.parse(withCheckDigit(stem));
    assertThat(id.kind()).isEqualTo(Kind.RESIDENT_OLD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"F81234567", "T97654321", "K80800001", "Z99999999"})
  void newResidentCertificateNumbersWithTheirCheckDigitAreValid(String stem) {
    NationalId id = NationalId.parse(withCheckDigit(stem));
    assertThat(id.kind()).isEqualTo(Kind.RESIDENT_NEW);
  }

  /**
   * DOMAIN.md §8, one row per second character: 1/2 national ID (male/female); A–D the resident
   * certificate before 2021; 8/9 the format from January 2021 (male/female), whose third digit is
   * the group — 0–6 foreigners or stateless, 7 無戶籍國民, 8 Hong Kong/Macao, 9 mainland residents.
   */
  @ParameterizedTest(name = "{0}… is {1}")
  @CsvSource({
    "A12345678, NATIONAL_ID",
    "B22345678, NATIONAL_ID",
    "FA1234567, RESIDENT_OLD",
    "FB1234567, RESIDENT_OLD",
    "FC1234567, RESIDENT_OLD",
    "FD1234567, RESIDENT_OLD",
    "F80123456, RESIDENT_NEW",
    "F96123456, RESIDENT_NEW",
    "F87123456, RESIDENT_NEW",
    "F98123456, RESIDENT_NEW",
    "F89123456, RESIDENT_NEW"
  })
  void everyKindAndEveryResidentGroupIsAcceptedAndTold(String stem, Kind kind) {
    String number = withCheckDigit(stem);
    assertThat(NationalId.isValid(number)).isTrue();
    assertThat(NationalId.parse(number).kind()).isEqualTo(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A0", "A3", "A4", "A5", "A6", "A7", "AE", "AM", "AZ"})
  void noOtherSecondCharacterIsIssued(String start) {
    String number = start + "12345670";
    for (int check = 0; check < 10; check++) {
      assertThat(NationalId.isValid(number.substring(0, 9) + check)).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"L", "R", "S", "Y"})
  void lettersNoLongerIssuedAreStillAccepted(String letter) {
    assertThat(NationalId.isValid(withCheckDigit(letter + "21234567"))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"I", "O", "W", "Z"})
  void theOutOfOrderLettersAreValuedI34O35W32Z33(String letter) {
    assertThat(NationalId.isValid(withCheckDigit(letter + "12345678"))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"I", "Z"})
  void aNumberCheckedWithAlphabeticalLetterValuesIsRejected(String letter) {
    String stem = letter + "12345678";
    int alphabetical = letter.charAt(0) - 'A' + 10; // I18, Z35 instead of I34, Z33
    String misChecked = stem + (10 - modelSum(stem + "0", alphabetical) % 10) % 10;
    assertThat(misChecked).isNotEqualTo(withCheckDigit(stem));
    assertThat(NationalId.isValid(misChecked)).isFalse();
  }

  @Test
  void parseTrimsUpperCasesAndReadsFullWidthCharacters() {
    assertThat(NationalId.parse("  a123456789\t").value()).isEqualTo("A123456789");
    assertThat(NationalId.parse("Ａ１２３４５６７８９").value()).isEqualTo("A123456789");
    assertThat(NationalId.parse("\u3000ａａ00000009\u3000").value()).isEqualTo("AA00000009");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "A12345678",
        "A1234567890",
        "1123456789",
        "A323456789",
        "AE12345678",
        "A1234 56789",
        "A12345678X",
        "ÀA00000009",
        "\u0131123456789"
      })
  void textOfTheWrongShapeIsRejectedWithTheFormatKey(String raw) {
    assertThatThrownBy(() -> NationalId.parse(raw))
        .isInstanceOf(InvalidNationalId.class)
        .extracting(e -> ((InvalidNationalId) e).messageKey())
        .isEqualTo("identity.national-id.format");
    assertThat(NationalId.isValid(raw)).isFalse();
  }

  @Test
  void veryLongTextIsRejectedWithoutBeingRead() {
    String padded = " ".repeat(100) + "A123456789";
    assertThatThrownBy(() -> NationalId.parse(padded))
        .isInstanceOf(InvalidNationalId.class)
        .hasMessageNotContaining("A123");
    assertThat(NationalId.isValid(padded)).isFalse();
  }

  @Test
  void aWrongCheckDigitIsRejectedWithTheChecksumKey() {
    assertThatThrownBy(() -> NationalId.parse("A123456788"))
        .isInstanceOf(InvalidNationalId.class)
        .extracting(e -> ((InvalidNationalId) e).messageKey())
        .isEqualTo("identity.national-id.checksum");
  }

  @Test
  void theRejectionNeverCarriesTheTypedText() {
    for (String raw : new String[] {"A123456788", "A12345678"}) {
      InvalidNationalId e = (InvalidNationalId) catchThrowable(() -> NationalId.parse(raw));
      assertThat(e.getMessage()).doesNotContain("12345").doesNotContain(raw);
      assertThat(e.toString()).doesNotContain("12345");
      assertThat(e.messageArguments()).isEmpty();
    }
  }

  @Test
  void theConstructorAcceptsOnlyTheCanonicalForm() {
    assertThat(new NationalId("A123456789").kind()).isEqualTo(Kind.NATIONAL_ID);
    assertThatThrownBy(() -> new NationalId("a123456789")).isInstanceOf(InvalidNationalId.class);
    assertThatThrownBy(() -> new NationalId(" A123456789")).isInstanceOf(InvalidNationalId.class);
    assertThatThrownBy(() -> new NationalId(null)).isInstanceOf(InvalidNationalId.class);
  }

  @Test
  void theMaskedFormHidesTheLastFourCharacters() {
    assertThat(NationalId.parse("A123456789").masked()).isEqualTo("A12345****");
    assertThat(NationalId.parse("AA00000009").masked()).isEqualTo("AA0000****");
  }

  @Test
  void toStringShowsOnlyTheMaskedFormWhileValueStaysRaw() {
    NationalId id = NationalId.parse("A123456789");
    assertThat(id.toString()).isEqualTo("A12345****");
    assertThat("applicant " + id).isEqualTo("applicant A12345****");
    assertThat(id.value()).isEqualTo("A123456789");
    assertThat(id).isEqualTo(NationalId.parse("a123456789"));
  }

  @Test
  void aChangedDigitWhoseWeightedDifferenceIsAMultipleOfTenGoesUnnoticed() {
    // a limit of the official check: d4 has weight 5, so 4 → 6 adds 10 and keeps the sum valid
    assertThat(NationalId.isValid("A123656789")).isTrue();
    assertThat(NationalId.isValid("A123556789")).isFalse();
  }

  @Provide
  Arbitrary<String> stems() {
    return Combinators.combine(
            Arbitraries.chars().range('A', 'Z'),
            Arbitraries.of(SECOND_CHARACTERS.chars().mapToObj(c -> (char) c).toList()),
            Arbitraries.strings().numeric().ofLength(7))
        .as((letter, second, digits) -> "" + letter + second + digits);
  }

  @Property(tries = 1000)
  void everyNumberWithAComputedCheckDigitIsAccepted(@ForAll("stems") String stem) {
    String valid = withCheckDigit(stem);
    assertThat(NationalId.parse(valid).value()).isEqualTo(valid);
    assertThat(NationalId.parse(valid.toLowerCase()).value()).isEqualTo(valid);
    assertThat(NationalId.isValid(valid)).isTrue();
  }

  @Property(tries = 1000)
  void changingTheCheckDigitIsAlwaysRejected(
      @ForAll("stems") String stem, @ForAll @IntRange(min = 1, max = 9) int change) {
    String valid = withCheckDigit(stem);
    String changed = stem + ((valid.charAt(9) - '0' + change) % 10);
    assertThatThrownBy(() -> NationalId.parse(changed))
        .extracting(e -> ((InvalidNationalId) e).messageKey())
        .isEqualTo(InvalidNationalId.CHECKSUM);
  }

  @Property(tries = 1000)
  void changingADigitWithAWeightPrimeToTenIsAlwaysRejected(
      @ForAll("stems") String stem,
      @ForAll("primeWeightPositions") int position,
      @ForAll @IntRange(min = 1, max = 9) int change) {
    assertThat(NationalId.isValid(changeDigit(withCheckDigit(stem), position, change))).isFalse();
  }

  @Provide
  Arbitrary<Integer> primeWeightPositions() {
    return Arbitraries.of(2, 6, 8, 9); // weights 7, 3, 1 and 1
  }

  @Property(tries = 2000)
  void anyChangedDigitIsJudgedLikeTheIndependentModel(
      @ForAll("stems") String stem,
      @ForAll @IntRange(min = 2, max = 9) int position,
      @ForAll @IntRange(min = 1, max = 9) int change) {
    String changed = changeDigit(withCheckDigit(stem), position, change);
    assertThat(NationalId.isValid(changed)).isEqualTo(modelValid(changed));
  }

  @Property(tries = 1000)
  void anyChangedLetterIsJudgedLikeTheIndependentModel(
      @ForAll("stems") String stem,
      @ForAll @CharRange(from = 'A', to = 'Z') char letter,
      @ForAll("secondCharacters") char second) {
    String valid = withCheckDigit(stem);
    String changed = "" + letter + second + valid.substring(2);
    assertThat(NationalId.isValid(changed)).isEqualTo(modelValid(changed));
  }

  @Provide
  Arbitrary<Character> secondCharacters() {
    return Arbitraries.of(SECOND_CHARACTERS.chars().mapToObj(c -> (char) c).toList());
  }

  static String changeDigit(String id, int position, int change) {
    char digit = (char) ('0' + (id.charAt(position) - '0' + change) % 10);
    return id.substring(0, position) + digit + id.substring(position + 1);
  }
}
