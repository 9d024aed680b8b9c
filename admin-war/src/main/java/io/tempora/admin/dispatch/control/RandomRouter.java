package io.tempora.admin.dispatch.control;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

public final class RandomRouter implements Router {

  @Override
  public String route(long jobId, List<String> addresses) {
    return addresses.get(ThreadLocalRandom.current().nextInt(addresses.size()));
  }
}
