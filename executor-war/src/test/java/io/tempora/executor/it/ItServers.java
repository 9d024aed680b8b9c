package io.tempora.executor.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** What every executor IT does around its tests: a fresh work dir, the server log on failure, an orderly stop. */
final class ItServers {

  private ItServers() {}

  /** A new directory under {@code it.work.dir} (target/it) for one executor's data and Payara root. */
  static Path newWorkDir(String prefix) throws IOException {
    Path itDir = Path.of(System.getProperty("it.work.dir", "target/it"));
    Files.createDirectories(itDir);
    return Files.createTempDirectory(itDir, prefix);
  }

  /** Prints the tail of the executor's output when a test fails, so a CI log explains the failure. */
  static TestWatcher logOnFailure(Supplier<PayaraExecutor> executor) {
    return new TestWatcher() {
      @Override
      public void testFailed(ExtensionContext context, Throwable cause) {
        PayaraExecutor current = executor.get();
        if (current != null) {
          System.err.println("---- executor output before " + context.getDisplayName() + " failed ----\n" + current.logTail(80));
        }
      }
    };
  }

  /** Closes each resource that was started, in order. */
  static void closeAll(AutoCloseable... resources) throws Exception {
    for (AutoCloseable resource : resources) {
      if (resource != null) {
        resource.close();
      }
    }
  }
}
