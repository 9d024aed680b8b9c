package io.tempora.admin.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The admin's settings, read once through MicroProfile Config: system properties and environment
 * variables ({@code TEMPORA_DATA_DIR} for {@code tempora.data-dir}) override the defaults here.
 */
@ApplicationScoped
public class AdminConfig {

  public static final String DEFAULT_DEAD_AFTER = "PT90S";
  public static final String DEFAULT_MAX_REQUEST_BODY = "4194304";
  public static final String DEFAULT_TICK = "PT1S";
  public static final String DEFAULT_LOOKAHEAD = "PT5S";
  public static final String DEFAULT_MISFIRE_THRESHOLD = "PT5S";
  public static final String DEFAULT_NODE_BEAT = "PT0.5S";
  public static final String DEFAULT_NODE_DEAD_AFTER = "PT3S";

  @Inject
  @ConfigProperty(name = "tempora.data-dir", defaultValue = "./tempora-data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "tempora.access-token")
  Optional<String> accessToken;

  @Inject
  @ConfigProperty(name = "tempora.admin.node-id")
  Optional<String> nodeId;

  @Inject
  @ConfigProperty(name = "tempora.registry.dead-after", defaultValue = DEFAULT_DEAD_AFTER)
  Duration deadAfter;

  @Inject
  @ConfigProperty(name = "tempora.schedule.tick", defaultValue = DEFAULT_TICK)
  Duration tick;

  @Inject
  @ConfigProperty(name = "tempora.schedule.lookahead", defaultValue = DEFAULT_LOOKAHEAD)
  Duration lookahead;

  @Inject
  @ConfigProperty(name = "tempora.schedule.misfire-threshold", defaultValue = DEFAULT_MISFIRE_THRESHOLD)
  Duration misfireThreshold;

  @Inject
  @ConfigProperty(name = "tempora.cluster.beat", defaultValue = DEFAULT_NODE_BEAT)
  Duration nodeBeat;

  @Inject
  @ConfigProperty(name = "tempora.cluster.dead-after", defaultValue = DEFAULT_NODE_DEAD_AFTER)
  Duration nodeDeadAfter;

  @Inject
  @ConfigProperty(name = "tempora.demo.enabled", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "tempora.admin.exit-on-failed-start", defaultValue = "true")
  boolean exitOnFailedStart;

  @Inject
  @ConfigProperty(name = "tempora.admin.max-request-body", defaultValue = DEFAULT_MAX_REQUEST_BODY)
  long maxRequestBody;

  /** The largest request body accepted, in bytes. */
  public long maxRequestBody() {
    return maxRequestBody;
  }

  public Path dataDir() {
    return Path.of(dataDir).toAbsolutePath().normalize();
  }

  public Optional<String> accessToken() {
    return accessToken.filter(token -> !token.isBlank());
  }

  public Optional<String> nodeId() {
    return nodeId.filter(id -> !id.isBlank());
  }

  /** An executor that has not beaten for this long is dead. */
  public Duration deadAfter() {
    return positive("tempora.registry.dead-after", deadAfter);
  }

  /** How often the scheduler claims due jobs. */
  public Duration tick() {
    return positive("tempora.schedule.tick", tick);
  }

  /** How far ahead of their due time fires are claimed and stored. */
  public Duration lookahead() {
    return positive("tempora.schedule.lookahead", lookahead);
  }

  /** A fire later than this is a misfire, handled by the job's misfire policy. */
  public Duration misfireThreshold() {
    return positive("tempora.schedule.misfire-threshold", misfireThreshold);
  }

  /** How often an admin node bumps its beat counter. */
  public Duration nodeBeat() {
    return positive("tempora.cluster.beat", nodeBeat);
  }

  /** An admin node whose beat counter stood still this long is dead; its unsent runs are taken over. */
  public Duration nodeDeadAfter() {
    Duration deadAfter = positive("tempora.cluster.dead-after", nodeDeadAfter);
    if (deadAfter.compareTo(nodeBeat().multipliedBy(3)) < 0) {
      throw new IllegalStateException("tempora.cluster.dead-after must be at least three tempora.cluster.beat, got " + deadAfter);
    }
    return deadAfter;
  }

  /**
   * How long after its last successful beat a node may still send runs: shorter than dead-after by a
   * beat and a margin, so a node has stopped sending before another may declare it dead.
   */
  public Duration nodeLease() {
    return nodeDeadAfter().minus(nodeBeat()).minus(nodeBeat().dividedBy(2));
  }

  public boolean demo() {
    return demo;
  }

  /** Whether a start that cannot go on safely ends the process, not only the deployment. */
  public boolean exitOnFailedStart() {
    return exitOnFailedStart;
  }

  private static Duration positive(String key, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalStateException(key + " must be a positive duration, got " + value);
    }
    return value;
  }
}
