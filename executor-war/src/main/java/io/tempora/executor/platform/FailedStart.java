package io.tempora.executor.platform;

import java.util.logging.Logger;

/** Ends the JVM after a start-up check failed, saying why, with exit status {@value #EXIT_STATUS}. */
final class FailedStart {

  static final int EXIT_STATUS = 3;
  private static final Logger LOG = Logger.getLogger(FailedStart.class.getName());

  private FailedStart() {}

  static void endProcess(ExecutorException reason) {
    LOG.severe(() -> "the executor cannot start: " + reason.getMessage() + ". The process exits with status "
        + EXIT_STATUS + " (set tempora.executor.exit-on-failed-start=false to keep a shared server running)");
    // System.exit from the deploying thread would wait for the shutdown hooks, which wait for the deployment
    Thread exit = new Thread(() -> System.exit(EXIT_STATUS), "tempora-failed-start");
    exit.setDaemon(false);
    exit.start();
  }
}
