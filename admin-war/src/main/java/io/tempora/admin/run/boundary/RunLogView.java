package io.tempora.admin.run.boundary;

import io.tempora.protocol.LogPage;

/** A page of a run's log: lines {@code fromLine}..{@code toLine}; {@code end} once nothing more will come. */
public record RunLogView(int fromLine, int toLine, String content, boolean end) {

  static RunLogView of(LogPage page) {
    return new RunLogView(page.fromLineNum(), page.toLineNum(), page.logContent(), page.isEnd());
  }
}
