// SPDX-License-Identifier: EUPL-1.2
// Load generator for POST /api/v1/cases (QUALITY.md P1), JDK only: run as a single-file source,
//   java benchmarks/IntakeLoad.java closed BASE SERVICE FIELDS_JSON THREADS WARMUP_S MEASURE_S [PIDS]
//   java benchmarks/IntakeLoad.java rate   BASE SERVICE FIELDS_JSON RATE     WARMUP_S MEASURE_S [PIDS]
// closed: THREADS clients, each sends the next request as soon as the last one answered.
// rate:   a fixed arrival rate (requests/s) served by up to 256 client threads; latency counts
//         from the moment a request was due, so queueing in the client is not hidden.
// Every request carries a fresh Idempotency-Key. Only measured requests (after the warm-up)
// count. PIDS (comma-separated) are processes whose CPU time (utime+stime from /proc/PID/stat)
// is summed over the measured interval, to report CPU microseconds per intake.
// Prints one line: RESULT mode=… conc=… n=… rps=… p50_ms=… p95_ms=… p99_ms=… max_ms=… errors=…
//   java benchmarks/IntakeLoad.java transition BASE SERVICE FIELDS_JSON THREADS WARMUP_S MEASURE_S
//       HEAD OFFICER PASSWORD [PIDS]
// transition (QUALITY.md P2): each client thread signs in twice (form sign-in, session cookie),
// as the unit head HEAD and the case officer OFFICER, and walks cases it filed (anonymous POST
// /api/v1/cases, not timed) through assign (head), start, decision and close (officer), each
// step carrying the version the last answer gave. Only the transitions are timed and counted.
//   java benchmarks/IntakeLoad.java lookup-closed BASE TARGET THREADS WARMUP_S MEASURE_S [PIDS]
//   java benchmarks/IntakeLoad.java lookup-rate   BASE TARGET RATE    WARMUP_S MEASURE_S [PIDS]
// lookup (QUALITY.md P3): GET requests, closed loop or fixed rate as above. TARGET is "empty"
// (GET /bench/empty of the benchmark profile, expects 204) or "track:SECRET_HEX:CASES" (GET
// /api/v1/tracking/{number}?code=… of a case drawn uniformly from the CASES cases that
// benchmarks/tracking-data.sql generates, expects 200); the code is the HMAC-SHA256 of the number
// under the installation's secret, exactly as tw.civicdesk.casework.VerificationCodes makes it;
// or "staff:USER:PASSWORD:PATH" (GET PATH, expects 200, in the session of USER signed in once
// by form before the run, e.g. the figures API for QUALITY.md P6).
// Requests only ever go to BASE, which the calling script sets to a loopback address.

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class IntakeLoad {

  static final long TICK_NS = 10_000_000L; // CLK_TCK = 100 on Linux

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    if (mode.equals("transition")) {
      TransitionLoad.run(args);
      return;
    }
    String base = args[1];
    if (!base.startsWith("http://127.0.0.1:") && !base.startsWith("http://localhost:")) {
      throw new IllegalArgumentException("loopback targets only");
    }
    if (mode.startsWith("lookup-")) { // same layout as below, one argument less
      String[] rest = new String[args.length + 1];
      rest[0] = mode.substring("lookup-".length());
      rest[1] = base;
      rest[2] = args[2];
      rest[3] = "";
      System.arraycopy(args, 3, rest, 4, args.length - 3);
      run(rest, Lookups.of(base, args[2]));
      return;
    }
    String body = "{\"serviceCode\":\"" + args[2] + "\",\"applicant\":{\"name\":\"王小明\","
        + "\"email\":\"bench@example.org\",\"phone\":\"0912345678\",\"language\":\"zh-TW\"},"
        + "\"fields\":" + args[3] + ",\"consent\":true}";
    URI uri = URI.create(base + "/api/v1/cases");
    run(args, new Requests(() -> HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), 201));
  }

  /** What each request is, and the status that counts as success. */
  record Requests(java.util.function.Supplier<HttpRequest> next, int ok) {}

  static void run(String[] args, Requests requests) throws Exception {
    String mode = args[0];
    double level = Double.parseDouble(args[4]);
    long warmupNs = (long) (Double.parseDouble(args[5]) * 1e9);
    long measureNs = (long) (Double.parseDouble(args[6]) * 1e9);
    List<Long> pids = new ArrayList<>();
    if (args.length > 7 && !args[7].isBlank()) {
      for (String p : args[7].split(",")) {
        pids.add(Long.parseLong(p.trim()));
      }
    }
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    long start = System.nanoTime();
    long measureFrom = start + warmupNs;
    long end = measureFrom + measureNs;
    Map<Long, long[]> cpuAtStart = new ConcurrentHashMap<>();
    AtomicLong errors = new AtomicLong();
    Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    AtomicLong sample = new AtomicLong();
    List<long[]> perThread = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    int threads = mode.equals("closed") ? (int) level : 256;
    double rate = mode.equals("rate") ? level : 0;
    AtomicLong slot = new AtomicLong();
    Thread[] ts = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      long[] lat = new long[4_000_000 / threads + 1000];
      int[] count = new int[1];
      perThread.add(lat);
      counts.add(count);
      ts[t] = new Thread(() -> {
        while (true) {
          long due;
          if (rate > 0) {
            long i = slot.getAndIncrement();
            due = start + (long) (i * 1e9 / rate);
            if (due >= end) {
              return;
            }
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
              LockSupport.parkNanos(wait);
            }
          } else {
            due = System.nanoTime();
            if (due >= end) {
              return;
            }
          }
          boolean ok;
          try {
            HttpResponse<String> res = client.send(requests.next().get(),
                HttpResponse.BodyHandlers.ofString());
            ok = res.statusCode() == requests.ok();
            if (!ok) {
              statuses.computeIfAbsent(res.statusCode(), k -> new AtomicLong()).incrementAndGet();
              if (sample.getAndIncrement() < 3) {
                System.err.println("status " + res.statusCode() + ": " + res.body());
              }
            }
          } catch (Exception e) {
            ok = false;
            statuses.computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet();
            if (sample.getAndIncrement() < 3) {
              System.err.println("error: " + e);
            }
          }
          long done = System.nanoTime();
          if (due >= measureFrom && due < end) {
            if (!ok) {
              errors.incrementAndGet();
            } else if (count[0] < lat.length) {
              lat[count[0]++] = done - due;
            }
          }
        }
      }, "load-" + t);
    }
    for (Thread t : ts) {
      t.start();
    }
    LockSupport.parkNanos(measureFrom - System.nanoTime());
    long cpu0 = cpu(pids);
    long self0 = selfCpu();
    long wall0 = System.nanoTime();
    LockSupport.parkNanos(end - System.nanoTime());
    long cpu1 = cpu(pids);
    long self1 = selfCpu();
    long wall1 = System.nanoTime();
    for (Thread t : ts) {
      t.join();
    }
    int n = counts.stream().mapToInt(c -> c[0]).sum();
    long[] all = new long[n];
    int k = 0;
    for (int t = 0; t < threads; t++) {
      System.arraycopy(perThread.get(t), 0, all, k, counts.get(t)[0]);
      k += counts.get(t)[0];
    }
    Arrays.sort(all);
    double secs = measureNs / 1e9;
    double served = (wall1 - wall0) / 1e9;
    System.out.printf(java.util.Locale.ROOT,
        "RESULT mode=%s level=%s n=%d rps=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f"
            + " errors=%d statuses=%s cpu_us_per_req=%s loadgen_cpu_us_per_req=%.0f%n",
        mode, args[4], n, n / secs, pct(all, 0.50), pct(all, 0.95), pct(all, 0.99),
        n == 0 ? 0 : all[n - 1] / 1e6, errors.get(), statuses,
        pids.isEmpty() || n == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.0f",
            (cpu1 - cpu0) * (TICK_NS / 1000.0) / (n * served / secs)),
        n == 0 ? 0 : (self1 - self0) / 1000.0 / (n * served / secs));
  }

  static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  /** utime + stime in clock ticks, summed over pids (a vanished pid counts 0). */
  static long cpu(List<Long> pids) {
    long sum = 0;
    for (long pid : pids) {
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
      } catch (Exception e) {
        // the process ended; its time is lost, which under-reports slightly
      }
    }
    return sum;
  }

  static long selfCpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }
}

/** The lookup modes' requests: see the usage at the top of this file. */
class Lookups {

  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  /** The demo agencies in code order, as benchmarks/tracking-data.sql numbers them. */
  static final String[] AGENCIES = {"CH-PLANNING", "HC-EAST-HEALTH", "KH-FENGSHAN-HR1",
      "TN-YANSHUI", "YILAN-JIAOXI"};
  static final java.time.LocalDate FIRST_DAY = java.time.LocalDate.of(2025, 1, 2);

  static IntakeLoad.Requests of(String base, String target) {
    if (target.equals("empty")) {
      URI uri = URI.create(base + "/bench/empty");
      return new IntakeLoad.Requests(() -> HttpRequest.newBuilder(uri)
          .timeout(Duration.ofSeconds(30)).GET().build(), 204);
    }
    if (target.startsWith("staff:")) {
      return staff(base, target.split(":", 4));
    }
    String[] t = target.split(":");
    if (t.length != 3 || !t[0].equals("track")) {
      throw new IllegalArgumentException(
          "TARGET is empty, track:SECRET_HEX:CASES or staff:USER:PASSWORD:PATH");
    }
    byte[] secret = java.util.HexFormat.of().parseHex(t[1]);
    long cases = Long.parseLong(t[2]);
    ThreadLocal<javax.crypto.Mac> macs = ThreadLocal.withInitial(() -> {
      try {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
        return mac;
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    });
    return new IntakeLoad.Requests(() -> {
      String number = number(java.util.concurrent.ThreadLocalRandom.current().nextLong(cases));
      byte[] mac = macs.get().doFinal(number.getBytes(StandardCharsets.UTF_8));
      StringBuilder code = new StringBuilder(8);
      for (int i = 0; i < 8; i++) {
        code.append(ALPHABET.charAt(Byte.toUnsignedInt(mac[i]) % ALPHABET.length()));
      }
      return HttpRequest.newBuilder(URI.create(base + "/api/v1/tracking/" + number + "?code="
          + code)).timeout(Duration.ofSeconds(30)).GET().build();
    }, 200);
  }

  /** GET PATH (expects 200) in the session of a staff member signed in once by form. */
  static IntakeLoad.Requests staff(String base, String[] t) {
    try {
      java.net.CookieManager cookies = new java.net.CookieManager();
      TransitionLoad.signIn(base, t[1], t[2], cookies);
      String cookie = cookies.getCookieStore().getCookies().stream()
          .map(java.net.HttpCookie::toString).collect(java.util.stream.Collectors.joining("; "));
      URI uri = URI.create(base + t[3]);
      return new IntakeLoad.Requests(() -> HttpRequest.newBuilder(uri)
          .timeout(Duration.ofSeconds(30)).header("Cookie", cookie).GET().build(), 200);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The number of the i-th generated case (see benchmarks/tracking-data.sql). */
  static String number(long i) {
    long perAgency = i / AGENCIES.length;
    return AGENCIES[(int) (i % AGENCIES.length)] + "-"
        + FIRST_DAY.plusDays(perAgency / 4000).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
        + "-" + String.format("%05d", perAgency % 4000 + 1);
  }
}

/**
 * The transition mode (QUALITY.md P2): see the usage at the top of this file.
 */
class TransitionLoad {

  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  static final Pattern NUMBER = Pattern.compile("\"caseNumber\":\"([^\"]+)\"");
  static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

  static void run(String[] command) throws Exception {
    String[] args = Arrays.copyOfRange(command, 1, command.length);
    String base = args[0];
    if (!base.startsWith("http://127.0.0.1:") && !base.startsWith("http://localhost:")) {
      throw new IllegalArgumentException("loopback targets only");
    }
    String intakeBody = "{\"serviceCode\":\"" + args[1] + "\",\"applicant\":{\"name\":\"王小明\","
        + "\"email\":\"bench@example.org\",\"language\":\"zh-TW\"},\"fields\":" + args[2]
        + ",\"consent\":true}";
    int threads = Integer.parseInt(args[3]);
    long warmupNs = (long) (Double.parseDouble(args[4]) * 1e9);
    long measureNs = (long) (Double.parseDouble(args[5]) * 1e9);
    String head = args[6];
    String officer = args[7];
    String password = args[8];
    List<Long> pids = new ArrayList<>();
    if (args.length > 9 && !args[9].isBlank()) {
      for (String p : args[9].split(",")) {
        pids.add(Long.parseLong(p.trim()));
      }
    }
    HttpClient anonymous = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<HttpClient[]> sessions = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      sessions.add(new HttpClient[] {signIn(base, head, password), signIn(base, officer,
          password)});
    }
    long start = System.nanoTime();
    long measureFrom = start + warmupNs;
    long end = measureFrom + measureNs;
    AtomicLong errors = new AtomicLong();
    AtomicLong sample = new AtomicLong();
    long[][] lat = new long[threads][];
    int[] counts = new int[threads];
    Thread[] ts = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int me = t;
      lat[t] = new long[2_000_000 / threads + 1000];
      ts[t] = new Thread(() -> {
        Deque<String> cases = new ArrayDeque<>();
        HttpClient h = sessions.get(me)[0];
        HttpClient o = sessions.get(me)[1];
        String[][] steps = {
            {"assign", "{\"version\":%d,\"officer\":\"" + officer + "\"}"},
            {"start", "{\"version\":%d}"},
            {"decision", "{\"version\":%d,\"outcome\":\"APPROVED\",\"reason\":\"符合規定\"}"},
            {"close", "{\"version\":%d}"}};
        while (System.nanoTime() < end) {
          if (cases.isEmpty()) {
            for (int i = 0; i < 20; i++) {
              String filed = post(anonymous, base + "/api/v1/cases", intakeBody, true);
              Matcher m = filed == null ? null : NUMBER.matcher(filed);
              if (m != null && m.find()) {
                cases.add(m.group(1));
              }
            }
            continue;
          }
          String number = cases.poll();
          int version = 0;
          for (int s = 0; s < steps.length && System.nanoTime() < end; s++) {
            long t0 = System.nanoTime();
            String answer = post(s == 0 ? h : o, base + "/api/v1/cases/" + number + "/"
                + steps[s][0], String.format(steps[s][1], version), false);
            long t1 = System.nanoTime();
            Matcher v = answer == null ? null : VERSION.matcher(answer);
            boolean ok = v != null && v.find();
            if (t0 >= measureFrom && t0 < end) {
              if (!ok) {
                errors.incrementAndGet();
              } else if (counts[me] < lat[me].length) {
                lat[me][counts[me]++] = t1 - t0;
              }
            }
            if (!ok) {
              if (sample.getAndIncrement() < 3) {
                System.err.println("step " + steps[s][0] + " failed on " + number);
              }
              break;
            }
            version = Integer.parseInt(v.group(1));
          }
        }
      }, "transition-" + t);
    }
    for (Thread t : ts) {
      t.start();
    }
    LockSupport.parkNanos(measureFrom - System.nanoTime());
    long cpu0 = IntakeLoad.cpu(pids);
    long wall0 = System.nanoTime();
    LockSupport.parkNanos(end - System.nanoTime());
    long cpu1 = IntakeLoad.cpu(pids);
    long wall1 = System.nanoTime();
    for (Thread t : ts) {
      t.join();
    }
    int n = Arrays.stream(counts).sum();
    long[] all = new long[n];
    int k = 0;
    for (int t = 0; t < threads; t++) {
      System.arraycopy(lat[t], 0, all, k, counts[t]);
      k += counts[t];
    }
    Arrays.sort(all);
    double secs = measureNs / 1e9;
    System.out.printf(java.util.Locale.ROOT,
        "RESULT mode=transition level=%d n=%d tps=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f"
            + " max_ms=%.2f errors=%d cpu_us_per_transition=%s%n",
        threads, n, n / secs, IntakeLoad.pct(all, 0.50), IntakeLoad.pct(all, 0.95), IntakeLoad.pct(all, 0.99),
        n == 0 ? 0 : all[n - 1] / 1e6, errors.get(), pids.isEmpty() || n == 0 ? "-"
            : String.format(java.util.Locale.ROOT, "%.0f",
                (cpu1 - cpu0) * 10_000.0 / (n * ((wall1 - wall0) / 1e9) / secs)));
  }

  /** A client holding a signed-in session of {@code user} (form sign-in with its CSRF token). */
  static HttpClient signIn(String base, String user, String password) throws Exception {
    return signIn(base, user, password, new CookieManager());
  }

  /** As above, keeping the session cookie in {@code cookies}. */
  static HttpClient signIn(String base, String user, String password, CookieManager cookies)
      throws Exception {
    HttpClient c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(cookies).build();
    String page = c.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on the sign-in page");
    }
    String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf="
        + enc(m.group(1));
    HttpResponse<String> res = c.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    String location = res.headers().firstValue("Location").orElse("");
    if (res.statusCode() != 302 || !location.endsWith("/console")) {
      throw new IllegalStateException("sign-in of " + user + " failed: " + res.statusCode()
          + " " + location);
    }
    return c;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** POSTs JSON; the body of a 2xx answer, else {@code null}. */
  static String post(HttpClient c, String url, String json, boolean idempotent) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json));
      if (idempotent) {
        b.header("Idempotency-Key", UUID.randomUUID().toString());
      }
      HttpResponse<String> res = c.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return res.statusCode() / 100 == 2 ? res.body() : null;
    } catch (Exception e) {
      return null;
    }
  }
}
