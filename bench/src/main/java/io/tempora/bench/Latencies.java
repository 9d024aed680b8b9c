package io.tempora.bench;

import java.time.Duration;
import java.util.List;

/** Nearest-rank percentiles of a set of durations. */
public record Latencies(List<Duration> sorted) {

  public static Latencies of(List<Duration> durations) {
    return new Latencies(durations.stream().sorted().toList());
  }

  public Duration percentile(double p) {
    if (sorted.isEmpty()) {
      return Duration.ZERO;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  public String summary() {
    return String.format("p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (n=%d)",
        percentile(50).toMillis(), percentile(95).toMillis(), percentile(99).toMillis(),
        percentile(100).toMillis(), sorted.size());
  }

  /** The same to a hundredth of a millisecond, for latencies of a few milliseconds. */
  public String fineSummary() {
    return String.format("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)",
        millis(percentile(50)), millis(percentile(95)), millis(percentile(99)), millis(percentile(100)), sorted.size());
  }

  private static double millis(Duration duration) {
    return duration.toNanos() / 1e6;
  }
}
