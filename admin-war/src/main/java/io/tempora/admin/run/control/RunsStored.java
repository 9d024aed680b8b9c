package io.tempora.admin.run.control;

import java.util.List;

/**
 * Runs this node stored and now holds, to be sent when due. Fired inside the storing transaction;
 * dispatch observes it only after that transaction committed, so no run is ever sent that the
 * database does not have.
 */
public record RunsStored(List<RunOrder> orders) {}
