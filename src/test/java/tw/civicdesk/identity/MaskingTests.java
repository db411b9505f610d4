// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tw.civicdesk.identity.MaskPolicy.NameStyle;

/** The masking rules of {@link MaskPolicy}, one rule per test. */
class MaskingTests {

  static final MaskPolicy FIRST_LAST = MaskPolicy.DEFAULT;
  static final MaskPolicy SURNAME = new MaskPolicy(NameStyle.SURNAME_ONLY);

  @Test
  void theDefaultPolicyKeepsTheFirstAndLastCharacter() {
    assertThat(MaskPolicy.DEFAULT.nameStyle()).isEqualTo(NameStyle.KEEP_FIRST_LAST);
    assertThat(FIRST_LAST.name("王小明")).isEqualTo("王○明");
    assertThat(FIRST_LAST.name("王小明")).contains("\u25CB");
  }

  @Test
  void aTwoCharacterNameKeepsOnlyItsFirstCharacter() {
    assertThat(FIRST_LAST.name("王明")).isEqualTo("王○");
    assertThat(SURNAME.name("王明")).isEqualTo("王○");
  }

  @Test
  void aOneCharacterNameIsFullyMasked() {
    assertThat(FIRST_LAST.name("明")).isEqualTo("○");
    assertThat(SURNAME.name("明")).isEqualTo("○");
  }

  @Test
  void aLongNameKeepsFirstAndLastAndMasksEveryCharacterBetween() {
    assertThat(FIRST_LAST.name("歐陽小明")).isEqualTo("歐○○明");
    assertThat(FIRST_LAST.name("司馬中原子")).isEqualTo("司○○○子");
  }

  @Test
  void theSurnameOnlyStyleKeepsOnlyTheFirstCharacter() {
    assertThat(SURNAME.name("王小明")).isEqualTo("王○○");
    assertThat(SURNAME.name("歐陽小明")).isEqualTo("歐○○○");
  }

  @Test
  void aCharacterOutsideTheBasicPlaneCountsAsOne() {
    assertThat(FIRST_LAST.name("𠀋小明")).isEqualTo("𠀋○明");
    assertThat(FIRST_LAST.name("王𠀋明")).isEqualTo("王○明");
    assertThat(FIRST_LAST.name("王明𠀋")).isEqualTo("王○𠀋");
    assertThat(SURNAME.name("王𠀋")).isEqualTo("王○");
  }

  @ParameterizedTest
  @EnumSource(NameStyle.class)
  void aLatinNameKeepsOnlyItsFirstCapitalLetter(NameStyle style) {
    MaskPolicy policy = new MaskPolicy(style);
    assertThat(policy.name("John Smith")).isEqualTo("J.");
    assertThat(policy.name("  mary ann o'neil ")).isEqualTo("M.");
    assertThat(policy.name("Émile Zola")).isEqualTo("É.");
    assertThat(policy.name("Walis Nokan")).isEqualTo("W.");
  }

  @Test
  void surroundingSpacesAreIgnoredAndBlankNamesBecomeEmpty() {
    assertThat(FIRST_LAST.name(" 王小明\u3000")).isEqualTo("王○明");
    assertThat(FIRST_LAST.name("")).isEmpty();
    assertThat(FIRST_LAST.name("  ")).isEmpty();
    assertThat(FIRST_LAST.name(null)).isEmpty();
  }

  @Test
  void aPolicyNeedsANameStyle() {
    assertThatThrownBy(() -> new MaskPolicy(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aNationalIdLosesItsLastFourCharactersWhateverThePolicy() {
    NationalId id = NationalId.parse("A123456789");
    assertThat(FIRST_LAST.nationalId(id)).isEqualTo("A12345****");
    assertThat(SURNAME.nationalId(id)).isEqualTo("A12345****");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0912-345-678     | 0912-***-678",
        "0912345678       | 0912***678",
        "(02)2345-6789    | (02)23**-*789",
        "+886 912 345 678 | +886 9** *** 678",
        "03-9876543       | 03-9***543",
        "2345-6789        | 23**-*789",
        "1234567          | 1***567",
        "123456           | ****56",
        "1999             | **99",
        "12               | **"
      })
  void aPhoneNumberKeepsItsSeparatorsAndOnlyTheAllowedDigits(String phone, String masked) {
    assertThat(FIRST_LAST.phone(phone)).isEqualTo(masked);
  }

  @Test
  void fullWidthDigitsAreMaskedLikeAnyOtherDigits() {
    assertThat(FIRST_LAST.phone("０９１２３４５６７８")).isEqualTo("０９１２***６７８");
  }

  @Test
  void blankPhoneNumbersBecomeEmpty() {
    assertThat(FIRST_LAST.phone(null)).isEmpty();
    assertThat(FIRST_LAST.phone(" ")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "wang.xiaoming@example.invalid | w***@example.invalid",
        "a@example.invalid             | a***@example.invalid",
        "王小明@例子.台灣               | 王***@例子.台灣",
        "odd@name@example.invalid      | o***@example.invalid",
        "no-at-sign.example.invalid    | ***",
        "@example.invalid              | ***",
        "someone@                      | ***"
      })
  void anEmailKeepsTheFirstCharacterOfTheLocalPartAndTheDomain(String email, String masked) {
    assertThat(FIRST_LAST.email(email)).isEqualTo(masked);
  }

  @Test
  void blankEmailsBecomeEmpty() {
    assertThat(FIRST_LAST.email(null)).isEmpty();
    assertThat(FIRST_LAST.email("")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "宜蘭縣礁溪鄉中山路二段123號5樓       | 宜蘭縣礁溪鄉中山路",
        "臺北市中正區重慶南路一段122號        | 臺北市中正區重慶南路",
        "臺中市西屯區臺灣大道三段99號         | 臺中市西屯區臺灣大道",
        "新北市板橋區府中街3號               | 新北市板橋區府中街",
        "桃園市中壢區中央西路二段30巷7號      | 桃園市中壢區中央西路",
        "金門縣金城鎮民生巷12號              | 金門縣金城鎮民生巷",
        "新竹市東區光復段12號                | 新竹市東區光復段",
        "宜蘭縣三星鄉大洲村12鄰5號           | 宜蘭縣三星鄉大洲村",
        "新北市板橋區文化里12鄰5號           | 新北市板橋區文化里",
        "104臺北市中山區中山北路二段1號       | 104臺北市中山區中山北路"
      })
  void anAddressIsCutAfterItsRoadOrLane(String address, String truncated) {
    assertThat(FIRST_LAST.address(address)).isEqualTo(truncated);
  }

  @Test
  void theEarliestRoadMarkerWinsEvenInsideAPlaceName() {
    assertThat(FIRST_LAST.address("高雄市路竹區中山路100號")).isEqualTo("高雄市路");
  }

  @Test
  void anAddressWithoutMarkersKeepsAtMostSixCharactersAndNoHouseNumber() {
    assertThat(FIRST_LAST.address("花蓮縣秀林鄉富世1號")).isEqualTo("花蓮縣秀林鄉…");
    assertThat(FIRST_LAST.address("光復12號")).isEqualTo("光復…");
    assertThat(FIRST_LAST.address("970花蓮縣秀林鄉")).isEqualTo("970花蓮縣…");
    assertThat(FIRST_LAST.address("花蓮縣")).isEqualTo("花蓮縣");
  }

  @Test
  void blankAddressesBecomeEmpty() {
    assertThat(FIRST_LAST.address(null)).isEmpty();
    assertThat(FIRST_LAST.address("\t")).isEmpty();
  }

  @Provide
  Arbitrary<String> chineseNames() {
    Arbitrary<Integer> basic = Arbitraries.integers().between(0x4E00, 0x9FFF);
    Arbitrary<Integer> extensionB = Arbitraries.integers().between(0x20000, 0x2A6DF);
    return Arbitraries.frequencyOf(Tuple.of(9, basic), Tuple.of(1, extensionB))
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .uniqueElements()
        .map(MaskingTests::fromCodePoints);
  }

  @Property(tries = 1000)
  void aMaskedChineseNameHasAsManyCharactersAsTheName(@ForAll("chineseNames") String name) {
    assertThat(FIRST_LAST.name(name).codePointCount(0, FIRST_LAST.name(name).length()))
        .isEqualTo(name.codePointCount(0, name.length()));
  }

  @Property(tries = 1000)
  void aMaskedChineseNameNeverShowsAnInnerCharacter(@ForAll("chineseNames") String name) {
    List<Integer> characters = name.codePoints().boxed().toList();
    String masked = FIRST_LAST.name(name);
    String surnameOnly = SURNAME.name(name);
    for (int inner : characters.subList(1, Math.max(1, characters.size() - 1))) {
      assertThat(masked.codePoints().boxed().toList()).doesNotContain(inner);
      assertThat(surnameOnly.codePoints().boxed().toList()).doesNotContain(inner);
    }
    if (characters.size() <= 2) {
      assertThat(masked.codePoints().boxed().toList())
          .doesNotContain(characters.get(characters.size() - 1));
    }
    if (characters.size() >= 2) {
      assertThat(surnameOnly.codePoints().boxed().toList())
          .doesNotContain(characters.get(characters.size() - 1));
    }
  }

  private static String fromCodePoints(List<Integer> codePoints) {
    StringBuilder text = new StringBuilder();
    codePoints.forEach(text::appendCodePoint);
    return text.toString();
  }
}
