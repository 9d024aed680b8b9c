package io.tempora.admin.dispatch.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A job always goes to the same executor while the set of executors stays the same; when one joins or
 * leaves, only the jobs on its arc of the ring move. Rings are cached per address list.
 */
public final class ConsistentHashRouter implements Router {

  static final int VIRTUAL_NODES = 100;
  private static final int CACHED_RINGS = 64;

  private final Map<List<String>, NavigableMap<Long, String>> rings = new ConcurrentHashMap<>();

  @Override
  public String route(long jobId, List<String> addresses) {
    NavigableMap<Long, String> ring = rings.get(addresses);
    if (ring == null) {
      if (rings.size() >= CACHED_RINGS) {
        rings.clear();
      }
      ring = ringOf(addresses);
      rings.put(List.copyOf(addresses), ring);
    }
    Map.Entry<Long, String> owner = ring.ceilingEntry(hash("job-" + jobId));
    return (owner != null ? owner : ring.firstEntry()).getValue();
  }

  private static NavigableMap<Long, String> ringOf(List<String> addresses) {
    NavigableMap<Long, String> ring = new TreeMap<>();
    for (String address : addresses) {
      for (int i = 0; i < VIRTUAL_NODES; i++) {
        ring.put(hash(address + "#" + i), address);
      }
    }
    return ring;
  }

  private static long hash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value = (value << 8) | (digest[i] & 0xff);
      }
      return value;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }
}
