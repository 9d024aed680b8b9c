package io.tempora.admin.dispatch.control;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Each job's next run goes to the executor that has waited longest since its last run of that job. */
public final class LeastRecentlyUsedRouter implements Router {

  private final AtomicLong clock = new AtomicLong();
  private final Map<Long, Map<String, Long>> lastUseByJob = new ConcurrentHashMap<>();

  @Override
  public String route(long jobId, List<String> addresses) {
    Map<String, Long> lastUse = lastUseByJob.computeIfAbsent(jobId, id -> new ConcurrentHashMap<>());
    synchronized (lastUse) {
      lastUse.keySet().retainAll(addresses);
      String chosen = addresses.stream().min(Comparator.comparing(a -> lastUse.getOrDefault(a, -1L))).orElseThrow();
      lastUse.put(chosen, clock.incrementAndGet());
      return chosen;
    }
  }
}
