package io.tempora.admin.schedule.control;

import io.tempora.admin.job.entity.MisfirePolicy;
import java.time.Duration;

/**
 * How a job treats fires found too late: later than {@code threshold} when claimed is a misfire, and
 * {@code policy} says what happens to it; CATCH_UP fires at most {@code catchUpLimit} of them.
 */
public record MisfireRule(MisfirePolicy policy, int catchUpLimit, Duration threshold) {}
