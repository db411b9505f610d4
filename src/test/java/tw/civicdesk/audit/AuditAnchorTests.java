// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The anchor file on its own: where it lives, how it moves on, and when it stops. */
class AuditAnchorTests {

  @TempDir Path dir;

  private static final String HASH_A = "a".repeat(64);
  private static final String HASH_B = "b".repeat(64);
  private static final String HASH_C = "c".repeat(64);

  private AuditAnchor anchor() throws Exception {
    return new AuditAnchor(dir.resolve("anchor").toString(), "");
  }

  @Test
  void byDefaultTheAnchorLivesBesideTheEmbeddedDatabaseAndIsThrowAwayWithIt() throws Exception {
    assertThat(new AuditAnchor("", dir.resolve("data/postgres").toString()).file())
        .isEqualTo(dir.resolve("data/audit-anchor"));
    assertThat(new AuditAnchor("", "").file().toString()).contains("civicdesk-audit-");
  }

  @Test
  void itMovesOnlyForwardAndSurvivesARestart() throws Exception {
    AuditAnchor anchor = anchor();
    assertThat(anchor.read()).isEqualTo(new AuditAnchor.Reading(null, false));
    anchor.appended(new AuditAnchor.Head(7, HASH_B), true);
    anchor.appended(new AuditAnchor.Head(5, HASH_A), true);
    assertThat(Files.readString(anchor.file()))
        .isEqualTo("civicdesk-audit-anchor-v1 7 " + HASH_B + "\n");
    assertThat(anchor().mustHold()).isEqualTo(new AuditAnchor.Head(7, HASH_B));
  }

  @Test
  void onceAnAppendFoundTheAnchoredRowGoneTheFileIsKeptAsEvidence() throws Exception {
    AuditAnchor anchor = anchor();
    anchor.appended(new AuditAnchor.Head(7, HASH_B), true);
    anchor.appended(new AuditAnchor.Head(8, HASH_C), false);
    anchor.appended(new AuditAnchor.Head(9, HASH_A), true);
    assertThat(anchor.read().head()).isEqualTo(new AuditAnchor.Head(7, HASH_B));
    assertThat(anchor.mustHold()).isNull();
  }

  @Test
  void aDamagedFileIsReportedUnreadableAndNeverOverwritten() throws Exception {
    Files.writeString(dir.resolve("anchor"), "civicdesk-audit-anchor-v1 12 not-a-hash\n");
    AuditAnchor anchor = anchor();
    assertThat(anchor.read()).isEqualTo(new AuditAnchor.Reading(null, true));
    anchor.appended(new AuditAnchor.Head(13, HASH_A), true);
    assertThat(Files.readString(anchor.file())).contains("not-a-hash");

    AuditChain chain = new AuditChain(null);
    assertThat(chain.result(true))
        .isEqualTo(new ChainCheck(false, 0, null, ChainCheck.Anchor.UNREADABLE, null));
  }
}
