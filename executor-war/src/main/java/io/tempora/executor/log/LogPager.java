package io.tempora.executor.log;

import io.tempora.protocol.LogPage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads pages of at most {@value #MAX_LINES} complete lines, of a log file or of a log held in
 * memory. The console asks for the line after the last one it got, so each file's last position (line
 * number and byte offset) is remembered and the next read starts there instead of at the top of the file.
 */
public final class LogPager {

  public static final int MAX_LINES = 1000;
  private static final int REMEMBERED_FILES = 256;

  private final Map<Path, Bookmark> bookmarks =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Bookmark> eldest) {
          return size() > REMEMBERED_FILES;
        }
      };

  /** Where a line begins: line {@code line} (1-based) starts at byte {@code offset}. */
  private record Bookmark(int line, long offset) {
    static final Bookmark START = new Bookmark(1, 0);
  }

  /**
   * @param finished whether the run has ended, so the file will not grow and an unterminated last
   *     line is complete
   */
  public LogPage read(Path file, int fromLine, boolean finished) throws IOException {
    int from = Math.max(1, fromLine);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      Bookmark start = startFor(file, from, size);
      channel.position(start.offset());
      InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
      Page page = page(in, start, size, from, finished);
      remember(file, page.boundary());
      return page.content();
    }
  }

  /** A page of a log held whole in memory; such logs are small, so no bookmark is kept. */
  public static LogPage read(byte[] log, int fromLine, boolean finished) {
    try {
      return page(new ByteArrayInputStream(log), Bookmark.START, log.length, Math.max(1, fromLine), finished).content();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  private record Page(LogPage content, Bookmark boundary) {}

  private static Page page(InputStream in, Bookmark start, long size, int from, boolean finished) throws IOException {
    StringBuilder content = new StringBuilder();
    ByteArrayOutputStream partial = new ByteArrayOutputStream();
    int line = start.line();
    long offset = start.offset();
    int returned = 0;
    Bookmark boundary = start;
    int next;
    while (returned < MAX_LINES && (next = in.read()) != -1) {
      offset++;
      if (next != '\n') {
        if (line >= from) {
          partial.write(next);
        }
        continue;
      }
      if (line >= from) {
        content.append(partial.toString(StandardCharsets.UTF_8)).append('\n');
        partial.reset();
        returned++;
      }
      line++;
      boundary = new Bookmark(line, offset);
    }
    boolean moreLeft = offset < size;
    if (finished && !moreLeft && partial.size() > 0) {
      content.append(partial.toString(StandardCharsets.UTF_8)).append('\n');
      returned++;
    }
    return new Page(new LogPage(from, from + returned - 1, content.toString(), finished && !moreLeft), boundary);
  }

  private synchronized Bookmark startFor(Path file, int from, long size) {
    Bookmark known = bookmarks.get(file);
    boolean usable = known != null && known.line() <= from && known.offset() <= size;
    return usable ? known : Bookmark.START;
  }

  private synchronized void remember(Path file, Bookmark bookmark) {
    bookmarks.put(file, bookmark);
  }
}
