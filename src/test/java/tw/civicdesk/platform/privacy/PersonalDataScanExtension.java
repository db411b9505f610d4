// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails the test during which a log line or a public page held personal data ({@link
 * PersonalDataScan}). Registered for the whole suite by JUnit's extension auto-detection ({@code
 * META-INF/services/org.junit.jupiter.api.extension.Extension} and {@code
 * junit.jupiter.extensions.autodetection.enabled=true} in {@code junit-platform.properties}). What
 * was collected before a test (the application starting, a class's set-up) counts for the first
 * test after it. The run's counts are kept in {@code target/personal-data-scan-<pid>.txt}; what is
 * logged after the last test is scanned as the run ends, and reported there.
 */
public class PersonalDataScanExtension implements AfterEachCallback {

  /** One file per test JVM (the fuzz tests run in a JVM of their own). */
  static final String SUMMARY =
      "target/personal-data-scan-" + ProcessHandle.current().pid() + ".txt";

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  List<PersonalDataScan.Hit> late = PersonalDataScan.drain();
                  write(
                      late.isEmpty()
                          ? ""
                          : "\nafter the last test:\n"
                              + late.stream()
                                  .map(PersonalDataScan.Hit::toString)
                                  .collect(Collectors.joining("\n")));
                }));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<PersonalDataScan.Hit> hits = PersonalDataScan.drain();
    write("");
    if (!hits.isEmpty()) {
      throw new AssertionError(
          "Personal data in a log line or a public page (QUALITY.md S8):\n"
              + hits.stream()
                  .map(PersonalDataScan.Hit::toString)
                  .collect(Collectors.joining("\n")));
    }
  }

  private static void write(String more) {
    try {
      Files.writeString(
          Path.of(SUMMARY), PersonalDataScan.summary() + more + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      // The counts are a report only; the scan itself does not depend on them.
    }
  }
}
