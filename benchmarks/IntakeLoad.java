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
// Requests only ever go to BASE, which the calling script sets to a loopback address.

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

public class IntakeLoad {

  static final long TICK_NS = 10_000_000L; // CLK_TCK = 100 on Linux

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String base = args[1];
    if (!base.startsWith("http://127.0.0.1:") && !base.startsWith("http://localhost:")) {
      throw new IllegalArgumentException("loopback targets only");
    }
    String service = args[2];
    String fields = args[3];
    double level = Double.parseDouble(args[4]);
    long warmupNs = (long) (Double.parseDouble(args[5]) * 1e9);
    long measureNs = (long) (Double.parseDouble(args[6]) * 1e9);
    List<Long> pids = new ArrayList<>();
    if (args.length > 7 && !args[7].isBlank()) {
      for (String p : args[7].split(",")) {
        pids.add(Long.parseLong(p.trim()));
      }
    }
    String body = "{\"serviceCode\":\"" + service + "\",\"applicant\":{\"name\":\"王小明\","
        + "\"email\":\"bench@example.org\",\"phone\":\"0912345678\",\"language\":\"zh-TW\"},"
        + "\"fields\":" + fields + ",\"consent\":true}";
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    URI uri = URI.create(base + "/api/v1/cases");

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
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString());
            ok = res.statusCode() == 201;
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
