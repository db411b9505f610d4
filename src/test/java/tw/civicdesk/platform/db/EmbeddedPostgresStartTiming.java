// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.db;

/**
 * Baseline for {@code benchmarks/startup.sh} (not a test): how long the embedded PostgreSQL alone
 * takes to start on a new data directory (initdb) and again on the same directory, started the way
 * the application starts it. Prints {@code first restart} in seconds.
 */
final class EmbeddedPostgresStartTiming {

  private EmbeddedPostgresStartTiming() {}

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    EmbeddedPostgresConfiguration.start(args[0], 0).close();
    long t1 = System.nanoTime();
    EmbeddedPostgresConfiguration.start(args[0], 0).close();
    long t2 = System.nanoTime();
    System.out.printf("TIMING %.2f %.2f%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }
}
