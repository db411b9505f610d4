// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the index up to date once the application is ready (ADR 0050): rebuilds it when it is
 * missing, empty or of another analysis version, else applies what a crash left in {@code
 * search_pending}. With {@code civicdesk.search.reindex=true} it rebuilds whatever the state and
 * stops the application (exit status 0 when the rebuild succeeded, 1 else).
 */
@Component
class SearchStartup {

  private static final Logger LOG = LoggerFactory.getLogger(SearchStartup.class);

  private final ObjectProvider<IndexedSearchIndex> index;
  private final SearchRebuild rebuild;
  private final SearchSettings settings;

  SearchStartup(
      ObjectProvider<IndexedSearchIndex> index, SearchRebuild rebuild, SearchSettings settings) {
    this.index = index;
    this.rebuild = rebuild;
    this.settings = settings;
  }

  @EventListener
  @Order(0)
  void ready(ApplicationReadyEvent event) {
    IndexedSearchIndex target = index.getIfAvailable();
    if (settings.reindex()) {
      boolean ok = target != null && rebuild.runNow();
      LOG.info("Command-line reindex {}; stopping", ok ? "done" : "failed");
      ConfigurableApplicationContext context = event.getApplicationContext();
      int status = SpringApplication.exit(context, () -> ok ? 0 : 1);
      System.exit(status);
      return;
    }
    if (target == null) {
      return;
    }
    if (target.engine().needsRebuild()) {
      LOG.info("The search index is missing, empty or of another analysis version: rebuilding");
      rebuild.runNow();
    } else {
      target.replay();
    }
  }
}
