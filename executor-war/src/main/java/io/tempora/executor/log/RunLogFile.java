package io.tempora.executor.log;

import io.tempora.executor.platform.OwnerOnly;
import io.tempora.handler.RunLog;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log of one run in a file of its own (a long or talkative run, see {@link LiveRunLog}). Every
 * line goes to the file in one write at once because the console reads the file while the run goes
 * on; a line that cannot be written is reported once and the run goes on. There is no buffer of its own (a buffered writer allocated 24 KB per open,
 * half the executor's allocation at thousands of runs per second), and the day's directory is created
 * only when the file cannot be opened without it.
 */
public final class RunLogFile implements RunLog, AutoCloseable {

  private static final Logger LOG = Logger.getLogger(RunLogFile.class.getName());

  private final Path file;
  private final OutputStream out;
  private final Clock clock;
  private boolean failed;

  private RunLogFile(Path file, OutputStream out, Clock clock) {
    this.file = file;
    this.out = out;
    this.clock = clock;
  }

  public static RunLogFile append(Path file, Clock clock) {
    try {
      // a stream, not a channel: a channel closes for good when a killed handler's thread is interrupted
      return new RunLogFile(file, openForAppend(file), clock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the run log " + file, e);
    }
  }

  private static OutputStream openForAppend(Path file) throws IOException {
    OutputStream out;
    try {
      out = new FileOutputStream(file.toFile(), true);
    } catch (FileNotFoundException noDirectoryYet) {
      OwnerOnly.folder(file.getParent());
      out = new FileOutputStream(file.toFile(), true);
    }
    OwnerOnly.file(file);
    return out;
  }

  @Override
  public void log(String message) {
    write(line(clock, message));
  }

  /** One log line as it is stored: the time, the message with Unix line ends, a line end. */
  static byte[] line(Clock clock, String message) {
    String line = LineStamp.of(clock.instant()) + " " + String.valueOf(message).replace("\r\n", "\n") + "\n";
    return line.getBytes(StandardCharsets.UTF_8);
  }

  synchronized void write(byte[] lines) {
    try {
      out.write(lines);
    } catch (IOException e) {
      if (!failed) {
        failed = true;
        LOG.log(Level.WARNING, "cannot write the run log " + file + "; further lines of this run are lost", e);
      }
    }
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot close the run log " + file, e);
    }
  }
}
