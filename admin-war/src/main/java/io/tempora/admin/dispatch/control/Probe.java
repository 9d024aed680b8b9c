package io.tempora.admin.dispatch.control;

import io.tempora.protocol.JobRequest;
import java.util.Map;

/** What a probing route asks an executor: is it alive ({@code /beat}), is it idle for this job ({@code /idleBeat})? */
public enum Probe {
  ALIVE("beat"),
  IDLE("idleBeat");

  private final String path;

  Probe(String path) {
    this.path = path;
  }

  String path() {
    return path;
  }

  Object body(long jobId) {
    return this == IDLE ? new JobRequest(jobId) : Map.of();
  }
}
