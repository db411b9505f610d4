// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;
import tw.civicdesk.casework.AttachmentSamples;

class FileInspectionTests {

  static final byte[] PDF =
      ascii(
          "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
              + "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
  static final byte[] PNG =
      bytes(
          0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
          0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89);
  static final byte[] JPEG =
      bytes(
          0xff, 0xd8, 0xff, 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff,
          0xd9);
  static final String ODT_TYPE = "application/vnd.oasis.opendocument.text";
  static final byte[] ODT = odf(ODT_TYPE);
  static final byte[] ODS = odf("application/vnd.oasis.opendocument.spreadsheet");
  static final String EICAR =
      "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

  private final FileInspection inspection = new FileInspection();

  static byte[] ascii(String text) {
    return AttachmentSamples.ascii(text);
  }

  static byte[] bytes(int... values) {
    return AttachmentSamples.bytes(values);
  }

  /** A zip whose first entry is {@code first} (stored or deflated), then small deflated ones. */
  static byte[] zip(String first, byte[] firstContent, boolean stored, String... others) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry = new ZipEntry(first);
      if (stored) {
        CRC32 crc = new CRC32();
        crc.update(firstContent);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(firstContent.length);
        entry.setCrc(crc.getValue());
      }
      zip.putNextEntry(entry);
      zip.write(firstContent);
      zip.closeEntry();
      for (String other : others) {
        zip.putNextEntry(new ZipEntry(other));
        zip.write(ascii("<?xml version=\"1.0\"?><x/>"));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An ODF package as ODF requires: {@code mimetype} first, stored, then the rest. */
  static byte[] odf(String mediaType) {
    return zip("mimetype", ascii(mediaType), true, "content.xml", "META-INF/manifest.xml");
  }

  static String sha256(byte[] content) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  static String rejectionKey(FileInspection inspection, String name, byte[] content) {
    UploadRejected rejected =
        catchThrowableOfType(UploadRejected.class, () -> inspection.inspect(name, content));
    assertThat(rejected).as("expected %s to be rejected", name).isNotNull();
    assertThat(rejected.field()).isEqualTo("file");
    return rejected.messageKey();
  }

  static Arguments[] acceptedSamples() {
    return new Arguments[] {
      Arguments.of("申請書.pdf", PDF, "application/pdf", "申請書.pdf"),
      Arguments.of("photo.PNG", PNG, "image/png", "photo.png"),
      Arguments.of("photo.jpeg", JPEG, "image/jpeg", "photo.jpeg"),
      Arguments.of("photo.JPG", JPEG, "image/jpeg", "photo.jpg"),
      Arguments.of("填寫範例.odt", ODT, ODT_TYPE, "填寫範例.odt"),
      Arguments.of("規費表.ods", ODS, "application/vnd.oasis.opendocument.spreadsheet", "規費表.ods"),
    };
  }

  @ParameterizedTest
  @MethodSource("acceptedSamples")
  void eachAcceptedTypeComesBackWithItsTypeSizeChecksumAndName(
      String name, byte[] content, String type, String expectedName)
      throws NoSuchAlgorithmException {
    InspectedFile file = inspection.inspect(name, content);

    assertThat(file.contentType()).isEqualTo(type);
    assertThat(file.size()).isEqualTo(content.length);
    assertThat(file.sha256()).isEqualTo(sha256(content)).hasSize(64).isLowerCase();
    assertThat(file.fileName()).isEqualTo(expectedName);
  }

  @Test
  void aPdfIsAcceptedByItsContentWhateverItsName() {
    InspectedFile file = inspection.inspect("表格.odt", PDF);

    assertThat(file.contentType()).isEqualTo("application/pdf");
    assertThat(file.fileName()).isEqualTo("表格.pdf");
  }

  @Test
  void anImageWithoutAnExtensionGetsTheExtensionOfItsType() {
    assertThat(inspection.inspect("掃描檔", JPEG).fileName()).isEqualTo("掃描檔.jpg");
    assertThat(inspection.inspect("scan.exe", PNG).fileName()).isEqualTo("scan.png");
  }

  /** Name, content, and what tika-core detects in it (pinned, to notice a change on upgrade). */
  static Arguments[] refusedSamples() {
    return new Arguments[] {
      Arguments.of("form.zip", zip("readme.txt", ascii("hello"), false), "application/zip"),
      Arguments.of(
          "form.docx",
          zip("[Content_Types].xml", ascii("<Types/>"), false, "_rels/.rels", "word/document.xml"),
          "application/x-tika-ooxml"),
      Arguments.of("zip-renamed.pdf", zip("a.pdf", PDF, true), "application/zip"),
      Arguments.of(
          "deflated-mimetype.odt", zip("mimetype", ascii(ODT_TYPE), false), "application/zip"),
      Arguments.of(
          "mimetype-not-first.odt",
          zip("content.xml", ascii("<x/>"), false, "mimetype"),
          "application/zip"),
      Arguments.of(
          "slides.odp",
          odf("application/vnd.oasis.opendocument.presentation"),
          "application/vnd.oasis.opendocument.presentation"),
      Arguments.of("eicar.pdf", ascii(EICAR), "text/plain"),
      Arguments.of(
          "page.pdf",
          ascii(
              "<!DOCTYPE html><html><head><title>x</title></head>"
                  + "<body><script>alert(1)</script></body></html>"),
          "text/html"),
      Arguments.of(
          "logo.png",
          ascii(
              "<?xml version=\"1.0\"?><svg xmlns="
                  + "\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
          "image/svg+xml"),
      Arguments.of(
          "setup.pdf",
          bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff),
          "application/x-msdownload"),
      Arguments.of("notes.odt", ascii("just some text\n"), "text/plain"),
      Arguments.of("a.png", ascii("GIF89a\1\0\1\0\0\0\0;"), "image/gif"),
    };
  }

  @ParameterizedTest(name = "{0}, seen by tika as {2}, is refused")
  @MethodSource("refusedSamples")
  void contentOfAnyOtherTypeIsRefusedWhateverItsName(String name, byte[] content, String tikaSays) {
    assertThat(new Tika().detect(content)).isEqualTo(tikaSays);
    assertThat(rejectionKey(inspection, name, content)).isEqualTo(FileInspection.TYPE);
  }

  @Test
  void aPolyglotWithJunkBeforeThePdfHeaderIsRefusedThoughTikaCallsItPdf() {
    byte[] polyglot = ascii("junk before the header\n%PDF-1.4\n%%EOF\n");
    byte[] withBom = "\u00ef\u00bb\u00bf%PDF-1.4\n%%EOF\n".getBytes(ISO_8859_1);

    assertThat(new Tika().detect(polyglot)).isEqualTo("application/pdf");
    assertThat(rejectionKey(inspection, "a.pdf", polyglot)).isEqualTo(FileInspection.TYPE);
    assertThat(new Tika().detect(withBom)).isEqualTo("application/pdf");
    assertThat(rejectionKey(inspection, "a.pdf", withBom)).isEqualTo(FileInspection.TYPE);
  }

  @Test
  void aFakeOdfHeaderThatIsNoZipEntryIsRefusedThoughTikaCallsItOdt() {
    byte[] fake = ascii("PK" + "\0".repeat(28) + "mimetype" + ODT_TYPE + "<html>x</html>");
    byte[] deflatedFlag = ODT.clone();
    deflatedFlag[8] = 8;

    assertThat(new Tika().detect(fake)).isEqualTo(ODT_TYPE);
    assertThat(rejectionKey(inspection, "a.odt", fake)).isEqualTo(FileInspection.TYPE);
    assertThat(rejectionKey(inspection, "a.odt", deflatedFlag)).isEqualTo(FileInspection.TYPE);
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThat(rejectionKey(inspection, "a.pdf", new byte[0])).isEqualTo(FileInspection.EMPTY);
  }

  @Test
  void aFileAboveTheLimitIsRefusedWithTheLimitInMegabytes() {
    FileInspection halfMegabyte = new FileInspection(DataSize.ofKilobytes(512));
    byte[] tooLarge = Arrays.copyOf(PDF, 512 * 1024 + 1);

    UploadRejected rejected =
        catchThrowableOfType(UploadRejected.class, () -> halfMegabyte.inspect("big.pdf", tooLarge));

    assertThat(rejected.messageKey()).isEqualTo(FileInspection.TOO_LARGE);
    assertThat(rejected.field()).isEqualTo("file");
    assertThat((BigDecimal) rejected.messageArguments()[0]).isEqualByComparingTo("0.5");
  }

  @Test
  void theLimitIsInclusiveCheckedBeforeTheTypeAndFiveMegabytesByDefault() {
    FileInspection tiny = new FileInspection(DataSize.ofBytes(4));
    FileInspection exact = new FileInspection(DataSize.ofBytes(PDF.length));

    assertThat(exact.inspect("a.pdf", PDF).size()).isEqualTo(PDF.length);
    assertThat(rejectionKey(tiny, "a.exe", ascii("MZ-not-even-allowed")))
        .isEqualTo(FileInspection.TOO_LARGE);
    assertThat(inspection.limitInMegabytes()).isEqualByComparingTo("5");
    assertThat(new FileInspection(DataSize.parse("5MB")).limitInMegabytes())
        .isEqualByComparingTo("5");
  }

  @Test
  void aLimitThatIsNotPositiveIsAMistakeInTheConfiguration() {
    assertThatIllegalArgumentException().isThrownBy(() -> new FileInspection(DataSize.ofBytes(0)));
  }

  static Arguments[] names() {
    return new Arguments[] {
      Arguments.of("../../etc/passwd.pdf", "passwd.pdf"),
      Arguments.of("../../etc/passwd", "passwd.pdf"),
      Arguments.of("..\\..\\windows\\system32\\cmd.exe", "cmd.pdf"),
      Arguments.of("C:\\Users\\x\\申請書.pdf", "申請書.pdf"),
      Arguments.of("<script>.pdf", "script.pdf"),
      Arguments.of("a<b>c:d\"e|f?g*h.pdf", "abcdefgh.pdf"),
      Arguments.of("   .hidden.pdf", "hidden.pdf"),
      Arguments.of("..", "file.pdf"),
      Arguments.of("", "file.pdf"),
      Arguments.of(".pdf", "file.pdf"),
      Arguments.of("<>:|?*.pdf", "file.pdf"),
      Arguments.of("  戶籍 \t謄本\n申請 .PDF", "戶籍 謄本 申請.pdf"),
      Arguments.of("申請書\u3000\u3000第二版.pdf", "申請書 第二版.pdf"),
      Arguments.of("bad\u0000\u0007name\r\n.pdf", "badname.pdf"),
      Arguments.of("invoice\u202Efdp.exe", "invoicefdp.pdf"),
      Arguments.of("report.pdf.exe", "report.pdf.pdf"),
      Arguments.of("申請書 v1.2", "申請書 v1.2.pdf"),
      Arguments.of("trailing dots....pdf", "trailing dots.pdf"),
      Arguments.of("王\uE0A1明 造字.pdf", "王\uE0A1明 造字.pdf"),
    };
  }

  @ParameterizedTest(name = "{0} becomes {1}")
  @MethodSource("names")
  void aNameIsReducedToASafeFileNameWithTheExtensionOfItsType(String original, String safe) {
    assertThat(inspection.inspect(original, PDF).fileName()).isEqualTo(safe);
  }

  @Test
  void aMissingNameBecomesFileWithTheExtensionOfItsType() {
    assertThat(inspection.inspect(null, ODS).fileName()).isEqualTo("file.ods");
  }

  @Test
  void aVeryLongNameIsCutTo120CharactersKeepingTheExtension() {
    String longName = "申".repeat(150) + "a".repeat(150) + ".pdf";

    String name = inspection.inspect(longName, PDF).fileName();

    assertThat(name.codePointCount(0, name.length())).isEqualTo(120);
    assertThat(name).isEqualTo("申".repeat(116) + ".pdf");
  }

  @Test
  void cuttingALongNameNeverSplitsACharacterOutsideTheBasicPlane() {
    String rare = "\uD840\uDC00"; // U+20000, CJK Extension B
    String name = inspection.inspect(rare.repeat(200) + ".png", PNG).fileName();

    assertThat(name).isEqualTo(rare.repeat(116) + ".png");
  }

  @Test
  void noSanitisedNameEverHoldsAPathOrAForbiddenCharacter() {
    String[] hostile = {
      "../../etc/passwd",
      "/etc/shadow",
      "..\\..\\boot.ini",
      "a/../../b.pdf",
      "\u0000../x",
      ". ./. ./x",
      "name\u0085with\u2028breaks",
      "%2e%2e%2fx.pdf"
    };
    for (String original : hostile) {
      assertThat(inspection.inspect(original, PDF).fileName())
          .as(original)
          .doesNotContain("/", "\\", "..", "<", ">", ":", "\"", "|", "?", "*")
          .doesNotStartWith(".")
          .doesNotStartWith(" ")
          .endsWith(".pdf")
          .matches(n -> n.codePoints().noneMatch(Character::isISOControl), "no control");
    }
  }
}
