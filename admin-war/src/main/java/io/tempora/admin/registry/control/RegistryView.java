package io.tempora.admin.registry.control;

import io.tempora.admin.registry.entity.Registration;
import io.tempora.protocol.ExecutorFeatures;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One snapshot of the live registry: addresses per app, sorted so FIRST and LAST mean the same on
 * every node, what each address serves beyond XXL-JOB's endpoints, and which handlers it offers.
 */
public record RegistryView(
    Map<String, List<String>> byApp,
    Map<String, ExecutorFeatures> features,
    Map<String, Instant> lastBeats,
    Map<String, Set<String>> handlers) {

  static final ExecutorFeatures NONE = new ExecutorFeatures(null, null);
  public static final RegistryView EMPTY = new RegistryView(Map.of(), Map.of(), Map.of(), Map.of());

  static RegistryView of(Collection<Registration> registrations) {
    Map<String, List<String>> byApp = registrations.stream()
        .collect(Collectors.groupingBy(Registration::appName, TreeMap::new,
            Collectors.collectingAndThen(Collectors.mapping(Registration::address, Collectors.toList()),
                addresses -> addresses.stream().distinct().sorted().toList())));
    Map<String, ExecutorFeatures> features = registrations.stream()
        .collect(Collectors.toMap(Registration::address, Registration::features, (a, b) -> a));
    Map<String, Instant> lastBeats = registrations.stream()
        .collect(Collectors.toMap(Registration::address, Registration::lastBeatAt, (a, b) -> a.isAfter(b) ? a : b));
    Map<String, Set<String>> handlers = registrations.stream()
        .collect(Collectors.toMap(Registration::address, Registration::handlers, (a, b) -> a));
    return new RegistryView(byApp, features, lastBeats, handlers);
  }

  public List<String> addresses(String appName) {
    return byApp.getOrDefault(appName, List.of());
  }

  public ExecutorFeatures featuresOf(String address) {
    return features.getOrDefault(address, NONE);
  }

  /**
   * Whether the executor at {@code address} may be sent a run of {@code handler}: it lists that
   * handler, or it lists none (XXL-JOB executors do not say what they offer, and an address that is
   * not in the registry, e.g. a manual one, is not known either).
   */
  public boolean offers(String address, String handler) {
    Set<String> offered = handlers.get(address);
    return offered == null || offered.isEmpty() || offered.contains(handler);
  }

  public boolean isLive(String address) {
    return features.containsKey(address);
  }

  /** When the executor at {@code address} last beat, or empty if it is not live. */
  public Optional<Instant> lastBeat(String address) {
    return Optional.ofNullable(lastBeats.get(address));
  }
}
