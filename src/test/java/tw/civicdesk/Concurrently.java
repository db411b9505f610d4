// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a task on several threads released at the same moment, for races in tests. */
public final class Concurrently {

  private Concurrently() {}

  /** Runs {@code task} on {@code threads} threads at once; answers their results in order. */
  public static <T> List<T> atOnce(int threads, Callable<T> task) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> runs = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> run : runs) {
        results.add(run.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
