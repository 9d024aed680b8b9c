package io.tempora.admin.dispatch.control;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Each job's runs take the live executors in turn. Counters start at a random position so that
 * several admin nodes (each with its own counters) do not all begin with the same executor.
 */
public final class RoundRouter implements Router {

  private final Map<Long, AtomicInteger> turns = new ConcurrentHashMap<>();

  @Override
  public String route(long jobId, List<String> addresses) {
    AtomicInteger turn = turns.computeIfAbsent(jobId, id -> new AtomicInteger(ThreadLocalRandom.current().nextInt(1000)));
    return addresses.get(Math.floorMod(turn.getAndIncrement(), addresses.size()));
  }
}
