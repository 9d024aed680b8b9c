package io.tempora.executor.glue;

import io.tempora.handler.RunLog;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** An output stream that writes each line it receives to a run's log. */
final class LogLines extends OutputStream {

  private final RunLog log;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  LogLines(RunLog log) {
    this.log = log;
  }

  @Override
  public synchronized void write(int b) {
    if (b == '\n') {
      emit();
    } else {
      line.write(b);
    }
  }

  @Override
  public synchronized void close() {
    if (line.size() > 0) {
      emit();
    }
  }

  private void emit() {
    log.log(line.toString(StandardCharsets.UTF_8).stripTrailing());
    line.reset();
  }
}
