// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.civicdesk.identity.NationalId;

/**
 * The suite-wide scan for personal data in log lines and public pages (QUALITY.md S8): every log
 * line ({@link PersonalDataLogAppender}) and every public HTML or JSON answer ({@link
 * PublicPageScanFilter}) is collected while a test runs, and {@link PersonalDataScanExtension}
 * scans them when it ends, failing the test when one holds
 *
 * <ul>
 *   <li>a national ID or resident certificate number with a valid check digit ({@link
 *       NationalId#isValid}; the masked {@code A12345****} is not one);
 *   <li>a Taiwanese mobile number ({@code 0912-345-678}, {@code +886 912 345 678}), but not an
 *       official letter's number between 第 and 號 ({@code 府計研字第0990006665號});
 *   <li>an e-mail address (a masked {@code w***@example.tw} is not one);
 *   <li>an applicant's full name, or their phone number in any format, as filed in this run: the
 *       names and numbers are learned from the applicants stored by intake ({@link
 *       PersonalDataScanning} hands the scan a query), so a masked name such as 王○明 never matches.
 * </ul>
 *
 * A page may show what its own request sent (a form shown again with its errors): a value found in
 * the request's parameters or body is not a hit; nor is an example in the application's own texts
 * (the message bundles: {@code name@example.tw}, {@code 0912-345678}). Scanning waits for the end
 * of the test, so that names filed during it are known; the run's counts are kept in {@code
 * target/personal-data-scan-<pid>.txt}.
 */
public final class PersonalDataScan {

  /** One finding; {@code masked} and {@code context} never hold the value itself. */
  public record Hit(String kind, String masked, String where, String context) {
    @Override
    public String toString() {
      return kind + " " + masked + " in " + where + ": …" + context + "…";
    }
  }

  /** A text to scan: a log line or a page, with what its request sent. */
  private record Text(String where, String text, String echo, boolean page) {}

  static final Pattern NATIONAL_ID =
      Pattern.compile("(?<![A-Za-z0-9])[A-Za-z][12A-Da-d89][0-9]{8}(?![A-Za-z0-9])");

  /** A mobile number; not the number of an official letter (公文字號, 府計研字第0990006665號). */
  static final Pattern MOBILE =
      Pattern.compile(
          "(?<![0-9A-Za-z_+第-])(?:\\+886[ -]?|0)9[0-9]{2}"
              + "[ -]?[0-9]{3}[ -]?[0-9]{3}(?![0-9A-Za-z_號])");

  static final Pattern EMAIL =
      Pattern.compile(
          "(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*"
              + "\\.[A-Za-z]{2,}");

  /** Examples in the application's own texts, e.g. "an e-mail address like name@example.tw". */
  private static final Set<String> EXAMPLES = examples();

  private static final List<Text> PENDING = new CopyOnWriteArrayList<>();
  private static final List<Supplier<Collection<String>>> NAME_SOURCES =
      new CopyOnWriteArrayList<>();
  private static final List<Supplier<Collection<String>>> PUBLISHED_SOURCES =
      new CopyOnWriteArrayList<>();
  private static final AtomicLong LINES = new AtomicLong();
  private static final AtomicLong PAGES = new AtomicLong();
  private static final AtomicLong HITS = new AtomicLong();

  /** Set on the thread that runs the scan's own queries, whose log lines are not the app's. */
  private static final ThreadLocal<Boolean> PAUSED = ThreadLocal.withInitial(() -> false);

  private PersonalDataScan() {}

  /** Collects a log line. */
  public static void log(String where, String line) {
    if (!PAUSED.get()) {
      LINES.incrementAndGet();
      PENDING.add(new Text(where, line, "", false));
    }
  }

  /** Collects a public page's body; {@code echo} is what its request sent. */
  public static void page(String where, String body, String echo) {
    PAGES.incrementAndGet();
    PENDING.add(new Text(where, body, echo, true));
  }

  /**
   * Adds a source of applicants' full names and phone numbers filed in this run (one per
   * application context); a source that fails (its context closed) is dropped.
   */
  public static void learnFrom(Supplier<Collection<String>> source) {
    NAME_SOURCES.add(source);
  }

  /**
   * Adds a source of the official contacts agencies publish on purpose (a unit's or the agency's
   * public e-mail address, the personal-data contact's), which are public information, not a
   * person's data: such a value is not a hit. The source must leave out any value that is also an
   * applicant's contact, so that an applicant's address typed into a public contact field is still
   * found.
   */
  public static void publishedBy(Supplier<Collection<String>> source) {
    PUBLISHED_SOURCES.add(source);
  }

  /** Scans and forgets everything collected so far; answers what was found. */
  public static List<Hit> drain() {
    List<Text> texts = new ArrayList<>(PENDING);
    PENDING.removeAll(texts);
    if (texts.isEmpty()) {
      return List.of();
    }
    Map<Integer, List<String>> known = known();
    Set<String> published = published();
    List<Hit> hits = new ArrayList<>();
    for (Text text : texts) {
      scan(text, known, published, hits);
    }
    HITS.addAndGet(hits.size());
    return hits;
  }

  /** How many log lines, pages and hits the run has seen. */
  public static String summary() {
    return "PersonalDataScan: "
        + LINES.get()
        + " log lines and "
        + PAGES.get()
        + " public pages scanned, "
        + HITS.get()
        + " hit(s)";
  }

  /** Runs {@code quiet} without collecting its log lines on this thread (the scan's own work). */
  static <T> T unlogged(Supplier<T> quiet) {
    PAUSED.set(true);
    try {
      return quiet.get();
    } finally {
      PAUSED.set(false);
    }
  }

  private static Set<String> examples() {
    Set<String> found = new HashSet<>();
    try {
      var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
      for (String bundles :
          List.of("classpath*:messages*.properties", "classpath*:i18n/*.properties")) {
        for (var bundle : resolver.getResources(bundles)) {
          String text =
              new String(bundle.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
          for (Pattern p : List.of(NATIONAL_ID, MOBILE, EMAIL)) {
            p.matcher(text).results().forEach(r -> found.add(r.group()));
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Set.copyOf(found);
  }

  /** The published official contacts, in lower case. */
  private static Set<String> published() {
    Set<String> all = new HashSet<>();
    for (Supplier<Collection<String>> source : PUBLISHED_SOURCES) {
      try {
        unlogged(source).forEach(v -> all.add(v.strip().toLowerCase(Locale.ROOT)));
      } catch (RuntimeException e) {
        PUBLISHED_SOURCES.remove(source);
      }
    }
    return all;
  }

  /** The learned names and phone numbers, by their first character. */
  private static Map<Integer, List<String>> known() {
    Set<String> all = new HashSet<>();
    for (Supplier<Collection<String>> source : NAME_SOURCES) {
      try {
        all.addAll(unlogged(source));
      } catch (RuntimeException e) {
        NAME_SOURCES.remove(source);
      }
    }
    Map<Integer, List<String>> byFirst = new HashMap<>();
    for (String value : all) {
      String v = value.strip();
      if (v.codePointCount(0, v.length()) >= 2) {
        byFirst.computeIfAbsent(v.codePointAt(0), c -> new ArrayList<>()).add(v);
      }
    }
    return byFirst;
  }

  private static void scan(
      Text text, Map<Integer, List<String>> known, Set<String> published, List<Hit> hits) {
    String t = text.text();
    pattern(
        text,
        NATIONAL_ID,
        "national ID",
        hits,
        v -> NationalId.isValid(v.toUpperCase(Locale.ROOT)));
    pattern(text, MOBILE, "mobile number", hits, v -> true);
    pattern(
        text, EMAIL, "e-mail address", hits, v -> !published.contains(v.toLowerCase(Locale.ROOT)));
    for (int i = 0; i < t.length(); ) {
      int c = t.codePointAt(i);
      List<String> candidates = known.get(c);
      if (candidates != null) {
        for (String value : candidates) {
          if (t.startsWith(value, i)
              && bounded(t, i, value)
              && !echoed(text, value)
              && !EXAMPLES.contains(value)) {
            hits.add(
                hit(
                    text,
                    value.matches("[0-9 +()-]+") ? "phone number" : "full name",
                    i,
                    value.length()));
          }
        }
      }
      i += Character.charCount(c);
    }
  }

  /**
   * Whether {@code value} at {@code at} stands on its own: a number or a Latin-script name not
   * inside a longer word or number (a Chinese name needs no spaces around it).
   */
  private static boolean bounded(String t, int at, String value) {
    if (!value.matches("[\\p{IsLatin}0-9 .,'+()-]+")) {
      return true;
    }
    int end = at + value.length();
    return (at == 0 || !Character.isLetterOrDigit(t.codePointBefore(at)))
        && (end == t.length() || !Character.isLetterOrDigit(t.codePointAt(end)));
  }

  private static void pattern(
      Text text,
      Pattern pattern,
      String kind,
      List<Hit> hits,
      java.util.function.Predicate<String> valid) {
    Matcher m = pattern.matcher(text.text());
    while (m.find()) {
      if (valid.test(m.group()) && !echoed(text, m.group()) && !EXAMPLES.contains(m.group())) {
        hits.add(hit(text, kind, m.start(), m.end() - m.start()));
      }
    }
  }

  private static boolean echoed(Text text, String value) {
    return text.page()
        && !text.echo().isEmpty()
        && text.echo().toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
  }

  private static Hit hit(Text text, String kind, int at, int length) {
    String t = text.text();
    String value = t.substring(at, at + length);
    String masked =
        value.substring(0, Character.charCount(value.codePointAt(0)))
            + "…("
            + value.codePointCount(0, value.length())
            + " characters)";
    String context =
        (t.substring(Math.max(0, at - 60), at)
                + "<"
                + kind
                + ">"
                + t.substring(at + length, Math.min(t.length(), at + length + 60)))
            .replaceAll("\\s+", " ");
    return new Hit(kind, masked, text.where(), context);
  }
}
