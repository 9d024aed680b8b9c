package io.tempora.admin.platform;

import java.util.logging.Logger;

/**
 * Ends the JVM when the admin cannot start safely (e.g. an empty secret file), with exit status {@value
 * #EXIT_STATUS}: a failed deployment alone leaves Payara Micro running and answering 404 on every path,
 * which a service manager takes for a live admin. {@code tempora.admin.exit-on-failed-start=false} keeps a
 * server shared with other applications running and only fails the deployment.
 */
public final class FailedStart {

  static final int EXIT_STATUS = 3;
  private static final Logger LOG = Logger.getLogger(FailedStart.class.getName());

  private FailedStart() {}

  /** Logs why and, if {@code exit}, ends the process; the caller rethrows to fail the deployment. */
  public static void endProcess(RuntimeException reason, boolean exit) {
    LOG.severe(() -> "the admin cannot start: " + reason.getMessage()
        + (exit ? ". The process exits with status " + EXIT_STATUS : ""));
    if (exit) {
      // System.exit from the deploying thread would wait for the shutdown hooks, which wait for the deployment
      Thread thread = new Thread(() -> System.exit(EXIT_STATUS), "tempora-failed-start");
      thread.start();
    }
  }
}
