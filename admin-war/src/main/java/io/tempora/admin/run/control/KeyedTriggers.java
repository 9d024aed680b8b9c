package io.tempora.admin.run.control;

import io.tempora.admin.platform.InvalidField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

/**
 * Triggers sent with an {@code Idempotency-Key}: the first stores a run, a repeat for the same job
 * within 24 h gets that run again. Two requests racing with one key both try; the database keeps one
 * and the loser answers with the winner's run.
 */
@ApplicationScoped
public class KeyedTriggers {

  public static final String HEADER = "Idempotency-Key";
  static final int MAX_KEY_LENGTH = 200;

  @Inject StoreKeyedTrigger store;

  public Triggered trigger(long jobId, String key, String paramsOverride, String addressOverride) {
    requireUsable(key);
    try {
      return store.store(jobId, key, paramsOverride, addressOverride);
    } catch (PersistenceException lostTheRace) {
      return store.firstRun(jobId, key).map(runId -> new Triggered(runId, true)).orElseThrow(() -> lostTheRace);
    }
  }

  static void requireUsable(String key) {
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new InvalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters and not blank");
    }
    if (!key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
      throw new InvalidField(HEADER, "must be printable ASCII without spaces (a UUID, say)");
    }
  }
}
