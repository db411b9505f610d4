// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.files;

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
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;
import tw.civicdesk.platform.error.DomainException;

/**
 * Judges an uploaded file by its content alone, for every module that takes files (catalogue forms,
 * case attachments). Each caller brings its own size limit and turns a refusal into its own domain
 * exception (own message key, own form field) through {@link Refusals}.
 *
 * <p>Contract of {@link #inspect}, checked in this order:
 *
 * <ol>
 *   <li>empty content is refused with {@link Refusal#EMPTY};
 *   <li>content above the limit is refused with {@link Refusal#TOO_LARGE} (a file exactly at the
 *       limit is accepted);
 *   <li>the type is detected by Apache Tika from the bytes only (magic numbers, never the name) and
 *       must be PDF, OpenDocument text (ODT), OpenDocument spreadsheet (ODS), PNG or JPEG; a PDF
 *       must moreover start with {@code %PDF-}, so a file with something else in front of the PDF
 *       header (a polyglot) is refused; an ODT or ODS must moreover start with a real ZIP local
 *       file header for its first entry {@code mimetype}, stored uncompressed and without an extra
 *       field, as ODF requires (Tika's magic only looks for the text at offset 30; only that first
 *       header is read, the archive is never inflated); anything else is refused with {@link
 *       Refusal#TYPE}.
 * </ol>
 *
 * <p>An accepted file gets a name that is safe to store and to offer for download: the last segment
 * after any {@code /} or {@code \} (so no path survives); normalised to Unicode NFC; every run of
 * white space made one space; control and invisible formatting characters (such as the
 * right-to-left override) and {@code <>:"|?*} dropped; leading and trailing dots and spaces of the
 * stem stripped; cut to {@value #MAX_NAME_LENGTH} characters keeping the extension. CJK and
 * private-use characters (造字) are kept. The extension always matches the detected type: an existing
 * {@code .pdf}, {@code .odt}, {@code .ods}, {@code .png}, {@code .jpg} or {@code .jpeg} of the
 * right type is kept in lower case, any other extension is replaced (a PDF sent as {@code 表格.odt}
 * becomes {@code 表格.pdf}), and a missing one is added. A name with nothing left becomes {@code
 * file} plus the extension. The name is never used as a storage path; a download still has to
 * encode it for {@code Content-Disposition} (RFC 6266 {@code filename*}).
 *
 * <p>Stateless and thread-safe.
 */
public final class ContentInspection {

  /** The longest file name kept, in characters (Unicode code points), extension included. */
  public static final int MAX_NAME_LENGTH = 120;

  /** Media type of PDF. */
  public static final String PDF = "application/pdf";

  /** Media type of an OpenDocument text. */
  public static final String ODT = "application/vnd.oasis.opendocument.text";

  /** Media type of an OpenDocument spreadsheet. */
  public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

  /** Media type of PNG. */
  public static final String PNG = "image/png";

  /** Media type of JPEG. */
  public static final String JPEG = "image/jpeg";

  /** Accepted types and their extensions, the first being the one given to a renamed file. */
  private static final Map<String, List<String>> EXTENSIONS =
      Map.of(
          PDF,
          List.of("pdf"),
          ODT,
          List.of("odt"),
          ODS,
          List.of("ods"),
          PNG,
          List.of("png"),
          JPEG,
          List.of("jpg", "jpeg"));

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
  private static final Tika TIKA = new Tika();

  private ContentInspection() {}

  /** Which rule refused a file. */
  public enum Refusal {
    /** The content is empty. */
    EMPTY,
    /** The content is above the caller's limit. */
    TOO_LARGE,
    /** The content is not of an accepted type. */
    TYPE
  }

  /**
   * Turns a refusal into the caller's own exception.
   *
   * @param <E> the caller's domain exception
   */
  @FunctionalInterface
  public interface Refusals<E extends DomainException> {
    /**
     * The exception to throw for {@code refusal}.
     *
     * @param limitInMegabytes the caller's limit in MB ({@link #megabytes}), for the message of
     *     {@link Refusal#TOO_LARGE}
     */
    E refuse(Refusal refusal, BigDecimal limitInMegabytes);
  }

  /**
   * A file that passed the inspection.
   *
   * @param fileName the safe name (see the class description)
   * @param contentType the media type found in the content, never taken from the name
   * @param size the size of the content in bytes, above zero
   * @param sha256 lower-case hex SHA-256 of the content, 64 characters
   */
  public record InspectedContent(String fileName, String contentType, long size, String sha256) {}

  /**
   * Inspects one uploaded file by the rules of the class description.
   *
   * @param originalName the name the client sent, possibly a full path, possibly {@code null}
   * @param content the whole content of the file
   * @param limit the largest content accepted, positive
   * @param refusals makes the exception thrown when a rule refuses the file
   * @return the file's safe name, detected type, size and SHA-256
   * @throws E from {@code refusals} when the file is empty, too large or of another type
   * @throws IllegalArgumentException when {@code limit} is not positive
   */
  public static <E extends DomainException> InspectedContent inspect(
      @Nullable String originalName, byte[] content, DataSize limit, Refusals<E> refusals) {
    Objects.requireNonNull(content, "content");
    long maxBytes = requirePositive(limit).toBytes();
    if (content.length == 0) {
      throw refusals.refuse(Refusal.EMPTY, megabytes(limit));
    }
    if (content.length > maxBytes) {
      throw refusals.refuse(Refusal.TOO_LARGE, megabytes(limit));
    }
    String type = detectType(content);
    if (type == null) {
      throw refusals.refuse(Refusal.TYPE, megabytes(limit));
    }
    return new InspectedContent(
        safeName(originalName, type), type, content.length, sha256(content));
  }

  /**
   * {@code limit} itself, for configuration checks.
   *
   * @throws IllegalArgumentException when {@code limit} is not positive
   */
  public static DataSize requirePositive(DataSize limit) {
    Objects.requireNonNull(limit, "limit");
    if (limit.toBytes() <= 0) {
      throw new IllegalArgumentException("an upload limit must be positive: " + limit);
    }
    return limit;
  }

  /** {@code limit} in MB, to one decimal rounded down, so that any file under it is accepted. */
  public static BigDecimal megabytes(DataSize limit) {
    return BigDecimal.valueOf(limit.toBytes())
        .divide(BigDecimal.valueOf(BYTES_PER_MB), 1, RoundingMode.DOWN)
        .stripTrailingZeros();
  }

  /** Lower-case hex SHA-256 of {@code content}. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /** The accepted type of {@code content}, or {@code null} when it is of no accepted type. */
  private static @Nullable String detectType(byte[] content) {
    String type = TIKA.detect(content);
    boolean accepted =
        switch (type) {
          case PDF -> startsWith(content, PDF_HEADER);
          case ODT, ODS -> isOdfPackage(content);
          default -> EXTENSIONS.containsKey(type);
        };
    return accepted ? type : null;
  }

  /**
   * Whether the content starts with the ZIP local file header of an ODF {@code mimetype} entry:
   * signature {@code PK\3\4}, method 0 (stored), a name of 8 bytes and no extra field, so that the
   * name and the type Tika matched at offset 30 really are that entry's name and content.
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

  /**
   * The safe name for content of the accepted {@code contentType}, by the rules of the class
   * description.
   *
   * @throws IllegalArgumentException if {@code contentType} is not an accepted type
   */
  public static String safeName(@Nullable String originalName, String contentType) {
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
    Normalizer.normalize(name, Normalizer.Form.NFC)
        .codePoints()
        .forEach(
            c -> {
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
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
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
