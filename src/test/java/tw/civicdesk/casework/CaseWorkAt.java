// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.Clock;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import tw.civicdesk.casework.internal.CaseWorkParts;

/**
 * The one door of case work ({@link CaseWork}) on the test database, reading the time from a clock
 * the test moves — for tests of figures, dashboards and deadlines that file and move cases on past
 * days. Like the application's bean it runs each call in a transaction by its
 * {@code @Transactional} annotations, and its events reach the application's listeners.
 */
public final class CaseWorkAt {

  private CaseWorkAt() {}

  /** Case work on the context's database, at the time of {@code clock}. */
  public static CaseWork of(ApplicationContext context, Clock clock) {
    CaseWorkParts parts = CaseWorkParts.at(context, clock);
    ProxyFactory proxy =
        new ProxyFactory(
            new CaseWork(
                parts.engine(),
                parts.staff(),
                parts.reads(),
                parts.holders(),
                parts.codes(),
                parts.attachments()));
    proxy.setProxyTargetClass(true);
    proxy.addAdvice(
        new TransactionInterceptor(
            context.getBean(PlatformTransactionManager.class),
            new AnnotationTransactionAttributeSource()));
    return (CaseWork) proxy.getProxy(CaseWork.class.getClassLoader());
  }
}
