// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The index's lifecycle on the application (ADR 0050): writes follow commits and never rollbacks,
 * are kept in {@code search_pending} until the index holds them, are replayed after a crash, drafts
 * are never found, and the console's rebuild is for system administrators and audited.
 */
@IntegrationTest
class SearchLifecycleTests {

  @Autowired ApplicationContext context;
  @Autowired SearchIndex search;
  @Autowired IndexedSearchIndex indexed;
  @Autowired SearchOutbox outbox;
  @Autowired SearchRebuild rebuild;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  TestOrganisation.Setup agency;

  @BeforeEach
  void agency() {
    agency = TestOrganisation.from(context).agency("SRCH", null);
  }

  private SearchDocument doc(String ref, String word) {
    return new SearchDocument(
        "faq",
        ref,
        agency.code().value(),
        new BilingualText(word + "的問題", "A question"),
        new BilingualText("答案提到" + word + "。", "The answer."),
        "/faq/" + ref);
  }

  private List<String> found(String word) {
    return search.references(
        new SearchQuery(Set.of("faq"), word, agency.code().value(), "zh-TW", 10));
  }

  private long pending(String ref) {
    return jdbc.sql("select count(*) from search_pending where reference = ?")
        .param(ref)
        .query(Long.class)
        .single();
  }

  @Test
  void aPutInsideATransactionIsFoundOnlyOnceItCommits() {
    String ref = agency.code().value() + "-FAQ-KITE";
    tx.executeWithoutResult(
        s -> {
          search.put(doc(ref, "風箏"));
          assertThat(found("風箏")).isEmpty();
          assertThat(pending(ref)).isEqualTo(1);
        });
    assertThat(found("風箏")).containsExactly(ref);
    assertThat(pending(ref)).isZero();
  }

  @Test
  void aRolledBackPutIsNeverFoundNorKept() {
    String ref = agency.code().value() + "-FAQ-DRUM";
    tx.executeWithoutResult(
        s -> {
          search.put(doc(ref, "鑼鼓"));
          s.setRollbackOnly();
        });
    assertThat(found("鑼鼓")).isEmpty();
    assertThat(pending(ref)).isZero();
  }

  @Test
  void aChangeACrashLeftPendingIsAppliedOnTheNextStart() {
    String ref = agency.code().value() + "-FAQ-LANTERN";
    outbox.record("faq", ref, doc(ref, "燈籠"));
    assertThat(found("燈籠")).isEmpty();
    assertThat(indexed.replay()).isPositive();
    assertThat(found("燈籠")).containsExactly(ref);
    assertThat(pending(ref)).isZero();
    outbox.record("faq", ref, null);
    indexed.replay();
    assertThat(found("燈籠")).isEmpty();
  }

  @Test
  void aDraftServiceIsNeverFoundAndItsPublishedVersionIs() {
    CatalogueEditing editing = context.getBean(CatalogueEditing.class);
    var officer = agency.as(Role.QUALITY_OFFICER);
    ServiceCode code = new ServiceCode(agency.code().value() + "-LOW-INCOME");
    var entry =
        editing.create(
            officer,
            agency.code(),
            code,
            agency.unit().id(),
            CatalogueFixtures.lowIncomeCertificate());
    SearchQuery query =
        new SearchQuery(Set.of("service"), "低收入戶證明", agency.code().value(), "zh-TW", 10);
    assertThat(search.references(query)).isEmpty();
    editing.publish(officer, code, entry.revision());
    assertThat(search.references(query)).containsExactly(code.value());
  }

  @Test
  void theConsoleRebuildIsForSystemAdministratorsAndAudited() throws Exception {
    var admin = agency.as(Role.SYSTEM_ADMIN);
    mvc.perform(get("/console/search").with(user(agency.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/console/search/reindex")
                .with(user(agency.as(Role.QUALITY_OFFICER)))
                .with(csrf()))
        .andExpect(status().isForbidden());
    String ref = agency.code().value() + "-FAQ-REBUILT";
    search.put(doc(ref, "鞭炮"));
    mvc.perform(post("/console/search/reindex").with(user(admin)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    while (rebuild.progress().running()) {
      Thread.sleep(20);
    }
    assertThat(rebuild.progress().failed()).isFalse();
    assertThat(found("鞭炮")).isEmpty();
    mvc.perform(get("/console/search").with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("search-progress")));
    assertThat(
            jdbc.sql("select count(*) from audit_log where action = 'SEARCH_REINDEX' and actor = ?")
                .param(admin.getUsername())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
