package io.tempora.admin.schedule.control;

import io.tempora.admin.run.control.RunOrder;
import java.util.List;

/**
 * Stored fires due in the past (catch-up, backfill), each the orders of one fire, in due order. Fired
 * inside the storing transaction; {@link SpreadLateFires} hands them to dispatch after the commit.
 */
record LateFires(List<List<RunOrder>> fires) {}
