package io.tempora.admin.dispatch.control;

import java.util.List;

/** Always the first address: one executor does the work, the others stand by. */
public final class FirstRouter implements Router {

  @Override
  public String route(long jobId, List<String> addresses) {
    return addresses.get(0);
  }
}
