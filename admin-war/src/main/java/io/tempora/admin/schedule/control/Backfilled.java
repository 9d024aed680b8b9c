package io.tempora.admin.schedule.control;

import java.time.Instant;
import java.util.List;

/** The runs a backfill stored, one per fire time (a sharded fire's shard 0), in due order. */
public record Backfilled(List<Long> runIds, List<Instant> dueTimes) {}
