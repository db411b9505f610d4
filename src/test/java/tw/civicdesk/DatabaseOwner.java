// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Owner rights, for the few tests that need them: every {@link IntegrationTest} runs as the
 * application's role, which owns no table (ADR 0030), so a test that tampers with the audit table,
 * disables a trigger or runs {@code ANALYZE} asks for them here, explicitly. The connections are
 * Flyway's (the owner's), never the application's pool: what a test does through them is not in the
 * application's transaction, and the application's code never runs on them unless a test builds it
 * on {@link #jdbc()} itself.
 *
 * <pre>{@code
 * @Autowired Flyway flyway;
 * ...
 * DatabaseOwner owner = DatabaseOwner.of(flyway);
 * owner.transactions().executeWithoutResult(tx -> { owner.jdbc().sql("..."); tx.setRollbackOnly(); });
 * }</pre>
 */
public final class DatabaseOwner {

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  private DatabaseOwner(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /** The owner's connections: those Flyway migrates with. */
  public static DatabaseOwner of(Flyway flyway) {
    return new DatabaseOwner(flyway.getConfiguration().getDataSource());
  }

  /** Connections as the owner of every table (a new one for each use outside a transaction). */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Statements as the owner; inside {@link #transactions()} they share its one connection. */
  public JdbcClient jdbc() {
    return jdbc;
  }

  /** Transactions on the owner's connections. */
  public TransactionTemplate transactions() {
    return transactions;
  }
}
