// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.db;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the embedded PostgreSQL, which starts only when {@code spring.datasource.url} is
 * empty. Bound whether it starts or not: the audit anchor's default place is beside its directory.
 *
 * @param dir {@code civicdesk.embedded-db.dir} (environment variable {@code CIVICDESK_DB_DIR} too):
 *     the data directory, kept across restarts (default {@code ./data/postgres}); blank: a
 *     throw-away directory (what the tests use)
 * @param port {@code civicdesk.embedded-db.port}: the server's port, 0 (the default) for any free
 *     port
 */
@ConfigurationProperties("civicdesk.embedded-db")
@Validated
public record EmbeddedDbSettings(
    @DefaultValue("./data/postgres") String dir, @DefaultValue("0") @Min(0) @Max(65535) int port) {

  /** Whether the data directory is throw-away. */
  public boolean throwAway() {
    return dir.isBlank();
  }
}
