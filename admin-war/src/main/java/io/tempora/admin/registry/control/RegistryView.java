package io.tempora.admin.registry.control;

import io.tempora.admin.registry.entity.Registration;
import io.tempora.protocol.ExecutorFeatures;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One snapshot of the live registry: addresses per app, sorted so FIRST and LAST mean the same on
 * every node, and what each address serves beyond XXL-JOB's endpoints.
 */
public record RegistryView(
    Map<String, List<String>> byApp, Map<String, ExecutorFeatures> features, Map<String, Instant> lastBeats) {

  static final ExecutorFeatures NONE = new ExecutorFeatures(null, null);
  public static final RegistryView EMPTY = new RegistryView(Map.of(), Map.of(), Map.of());

  static RegistryView of(Collection<Registration> registrations) {
    Map<String, List<String>> byApp = registrations.stream()
        .collect(Collectors.groupingBy(Registration::appName, TreeMap::new,
            Collectors.collectingAndThen(Collectors.mapping(Registration::address, Collectors.toList()),
                addresses -> addresses.stream().distinct().sorted().toList())));
    Map<String, ExecutorFeatures> features = registrations.stream()
        .collect(Collectors.toMap(Registration::address, Registration::features, (a, b) -> a));
    Map<String, Instant> lastBeats = registrations.stream()
        .collect(Collectors.toMap(Registration::address, Registration::lastBeatAt, (a, b) -> a.isAfter(b) ? a : b));
    return new RegistryView(byApp, features, lastBeats);
  }

  public List<String> addresses(String appName) {
    return byApp.getOrDefault(appName, List.of());
  }

  public ExecutorFeatures featuresOf(String address) {
    return features.getOrDefault(address, NONE);
  }

  public boolean isLive(String address) {
    return features.containsKey(address);
  }

  /** When the executor at {@code address} last beat, or empty if it is not live. */
  public Optional<Instant> lastBeat(String address) {
    return Optional.ofNullable(lastBeats.get(address));
  }
}
