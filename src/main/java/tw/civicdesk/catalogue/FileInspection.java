// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Inspects an uploaded file (a blank form, a filled-in example) before anything is stored, and
 * decides from its content alone whether it is accepted.
 *
 * <p>Contract of {@link #inspect(String, byte[])}, checked in this order:
 *
 * <ol>
 *   <li>empty content is rejected with {@value #EMPTY};
 *   <li>content above the limit ({@code civicdesk.catalogue.max-upload-size}, 5 MB = 5 MiB by
 *       default) is rejected with {@value #TOO_LARGE}, argument: the limit in MB as a number;
 *   <li>the type is detected by Apache Tika from the bytes only (magic numbers, never the name)
 *       and must be PDF, OpenDocument text (ODT), OpenDocument spreadsheet (ODS), PNG or JPEG;
 *       a PDF must moreover start with {@code %PDF-}, so a file with something else in front of
 *       the PDF header (a polyglot) is refused; an ODT or ODS must moreover start with a real ZIP
 *       local file header for its first entry {@code mimetype}, stored uncompressed and without
 *       an extra field, as ODF requires (Tika's magic only looks for the text at offset 30; only
 *       that first header is read, the archive is never inflated); anything else is rejected
 *       with {@value #TYPE}.
 * </ol>
 *
 * <p>Every rejection is an {@link UploadRejected} bound to the form field {@code file}.
 *
 * <p>An accepted file gets a name that is safe to store and to offer for download: the last
 * segment after any {@code /} or {@code \} (so no path survives); normalised to Unicode NFC;
 * every run of white space made one space; control and invisible formatting characters (such as
 * the right-to-left override) and {@code <>:"|?*} dropped; leading and trailing dots and spaces
 * of the stem stripped; cut to {@value #MAX_NAME_LENGTH} characters keeping the extension. CJK
 * and private-use characters (造字) are kept. The extension always matches the detected type: an
 * existing {@code .pdf}, {@code .odt}, {@code .ods}, {@code .png}, {@code .jpg} or {@code .jpeg}
 * of the right type is kept in lower case, any other extension is replaced (a PDF sent as
 * {@code 表格.odt} becomes {@code 表格.pdf}), and a missing one is added. A name with nothing
 * left becomes {@code file} plus the extension. The name is never used as a storage path; a
 * download still has to encode it for {@code Content-Disposition} (RFC 6266 {@code filename*}).
 *
 * <p>Thread-safe; one instance serves all requests.
 */
@Component
public class FileInspection {

  /** Message key: the file is empty. */
  public static final String EMPTY = "catalogue.upload.error.empty";
  /** Message key: the file is above the limit; argument {@code {0}} is the limit in MB. */
  public static final String TOO_LARGE = "catalogue.upload.error.too-large";
  /** Message key: the content is not of an accepted type. */
  public static final String TYPE = "catalogue.upload.error.type";

  /** The limit when none is configured: 5 MB (binary megabytes, as Spring's {@code 5MB}). */
  public static final DataSize DEFAULT_MAX_UPLOAD_SIZE = DataSize.ofMegabytes(5);
  /** The longest file name kept, in characters (Unicode code points), extension included. */
  public static final int MAX_NAME_LENGTH = 120;

  static final String PDF = "application/pdf";
  static final String ODT = "application/vnd.oasis.opendocument.text";
  static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
  static final String PNG = "image/png";
  static final String JPEG = "image/jpeg";

  /** Accepted types and their extensions, the first being the one given to a renamed file. */
  private static final Map<String, List<String>> EXTENSIONS = Map.of(
      PDF, List.of("pdf"), ODT, List.of("odt"), ODS, List.of("ods"), PNG, List.of("png"),
      JPEG, List.of("jpg", "jpeg"));
  private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP_LOCAL_HEADER = {'P', 'K', 3, 4};
  private static final String MIMETYPE_ENTRY = "mimetype";
  /** Offset of the first entry's content in an ODF package: header (30) plus the name (8). */
  private static final int ODF_MIMETYPE_CONTENT = 30 + 8;
  private static final String FORBIDDEN = "<>:\"|?*";
  /** What counts as an extension to replace: a short run of letters and digits. */
  private static final Pattern EXTENSION = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,7}");
  private static final long BYTES_PER_MB = DataSize.ofMegabytes(1).toBytes();

  /** Tika's facade is thread-safe; only its byte-array overload is used. */
  private final Tika tika = new Tika();
  private final long maxBytes;

  /** An inspection with the default limit of 5 MB. */
  public FileInspection() {
    this(DEFAULT_MAX_UPLOAD_SIZE);
  }

  /**
   * An inspection that rejects content above {@code maxUploadSize}.
   *
   * @throws IllegalArgumentException if the limit is not positive
   */
  @Autowired
  public FileInspection(
      @Value("${civicdesk.catalogue.max-upload-size:5MB}") DataSize maxUploadSize) {
    Objects.requireNonNull(maxUploadSize, "maxUploadSize");
    if (maxUploadSize.toBytes() <= 0) {
      throw new IllegalArgumentException("the upload limit must be positive: " + maxUploadSize);
    }
    this.maxBytes = maxUploadSize.toBytes();
  }

  /**
   * Inspects one uploaded file.
   *
   * @param originalName the name the browser sent, possibly a full path, possibly {@code null}
   * @param content the whole content of the file
   * @return the file's safe name, detected type, size and SHA-256
   * @throws UploadRejected with {@value #EMPTY}, {@value #TOO_LARGE} or {@value #TYPE}
   */
  public InspectedFile inspect(String originalName, byte[] content) {
    Objects.requireNonNull(content, "content");
    if (content.length == 0) {
      throw new UploadRejected(EMPTY);
    }
    if (content.length > maxBytes) {
      throw new UploadRejected(TOO_LARGE, limitInMegabytes());
    }
    String type = detectType(content);
    return new InspectedFile(safeName(originalName, type), type, content.length, sha256(content));
  }

  /** The limit in MB, to one decimal rounded down, so that any file under it is accepted. */
  BigDecimal limitInMegabytes() {
    return BigDecimal.valueOf(maxBytes)
        .divide(BigDecimal.valueOf(BYTES_PER_MB), 1, RoundingMode.DOWN).stripTrailingZeros();
  }

  private String detectType(byte[] content) {
    String type = tika.detect(content);
    boolean accepted = switch (type) {
      case PDF -> startsWith(content, PDF_HEADER);
      case ODT, ODS -> isOdfPackage(content);
      default -> EXTENSIONS.containsKey(type);
    };
    if (!accepted) {
      throw new UploadRejected(TYPE);
    }
    return type;
  }

  /**
   * Whether the content starts with the ZIP local file header of an ODF {@code mimetype} entry:
   * signature {@code PK\3\4}, method 0 (stored), a name of 8 bytes and no extra field, so that
   * the name and the type Tika matched at offset 30 really are that entry's name and content.
   */
  private static boolean isOdfPackage(byte[] content) {
    return content.length >= ODF_MIMETYPE_CONTENT
        && startsWith(content, ZIP_LOCAL_HEADER)
        && littleEndianShort(content, 8) == 0
        && littleEndianShort(content, 26) == MIMETYPE_ENTRY.length()
        && littleEndianShort(content, 28) == 0;
  }

  private static int littleEndianShort(byte[] content, int offset) {
    return (content[offset] & 0xff) | (content[offset + 1] & 0xff) << 8;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /**
   * The safe name for content of the accepted {@code contentType}, by the rules of the class
   * description.
   *
   * @throws IllegalArgumentException if {@code contentType} is not an accepted type
   */
  static String safeName(String originalName, String contentType) {
    List<String> extensions = EXTENSIONS.get(contentType);
    if (extensions == null) {
      throw new IllegalArgumentException("not an accepted type: " + contentType);
    }
    String name = clean(lastSegment(originalName == null ? "" : originalName));
    String stem = name;
    String extension = "";
    int dot = name.lastIndexOf('.');
    if (dot >= 0 && EXTENSION.matcher(name.substring(dot + 1)).matches()) {
      stem = name.substring(0, dot);
      extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
    if (!extensions.contains(extension)) {
      extension = extensions.get(0);
    }
    stem = trimStem(cut(trimStem(stem), MAX_NAME_LENGTH - extension.length() - 1));
    return (stem.isEmpty() ? "file" : stem) + "." + extension;
  }

  private static String lastSegment(String name) {
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }

  private static String clean(String name) {
    StringBuilder out = new StringBuilder(name.length());
    Normalizer.normalize(name, Normalizer.Form.NFC).codePoints().forEach(c -> {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else if (!dropped(c)) {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private static boolean dropped(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || FORBIDDEN.indexOf(c) >= 0;
  }

  private static String trimStem(String stem) {
    int start = 0;
    int end = stem.length();
    while (start < end && (stem.charAt(start) == '.' || stem.charAt(start) == ' ')) {
      start++;
    }
    while (end > start && (stem.charAt(end - 1) == '.' || stem.charAt(end - 1) == ' ')) {
      end--;
    }
    return stem.substring(start, end);
  }

  private static String cut(String text, int maxCodePoints) {
    if (text.codePointCount(0, text.length()) <= maxCodePoints) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, maxCodePoints));
  }
}
