package io.tempora.admin.dispatch.control;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each job's next run goes to the executor that got the fewest of its runs. A newly seen executor
 * starts level with the least used one, so it is not flooded while it catches up.
 */
public final class LeastFrequentlyUsedRouter implements Router {

  private final Map<Long, Map<String, Long>> usesByJob = new ConcurrentHashMap<>();

  @Override
  public String route(long jobId, List<String> addresses) {
    Map<String, Long> uses = usesByJob.computeIfAbsent(jobId, id -> new ConcurrentHashMap<>());
    synchronized (uses) {
      uses.keySet().retainAll(addresses);
      long floor = uses.values().stream().min(Long::compare).orElse(0L);
      addresses.forEach(address -> uses.putIfAbsent(address, floor));
      String chosen = addresses.stream().min(Comparator.comparing(uses::get)).orElseThrow();
      uses.merge(chosen, 1L, Long::sum);
      return chosen;
    }
  }
}
