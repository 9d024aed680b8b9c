package io.tempora.executor.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.protocol.LogPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogPagerTest {

  @TempDir Path dir;
  private final LogPager pager = new LogPager();

  @Test
  void readsFromTheRequestedLineToTheLastCompleteOne() throws Exception {
    Path file = write("one\ntwo\nthree\n");
    assertThat(pager.read(file, 2, false)).isEqualTo(new LogPage(2, 3, "two\nthree\n", false));
  }

  @Test
  void endsOnlyOnceTheRunHasFinishedAndEverythingWasRead() throws Exception {
    Path file = write("one\ntwo\n");
    assertThat(pager.read(file, 1, false).isEnd()).isFalse();
    assertThat(pager.read(file, 1, true).isEnd()).isTrue();
    assertThat(pager.read(file, 3, true)).isEqualTo(new LogPage(3, 2, "", true));
  }

  @Test
  void holdsBackAnUnterminatedLineUntilTheRunHasFinished() throws Exception {
    Path file = write("one\nhalf a li");
    assertThat(pager.read(file, 1, false)).isEqualTo(new LogPage(1, 1, "one\n", false));
    assertThat(pager.read(file, 2, true)).isEqualTo(new LogPage(2, 2, "half a li\n", true));
  }

  @Test
  void returnsAtMostAThousandLinesAndSaysMoreAreLeft() throws Exception {
    Path file = write(lines(1, 1500));
    LogPage first = pager.read(file, 1, true);
    assertThat(first.toLineNum()).isEqualTo(1000);
    assertThat(first.isEnd()).isFalse();
    LogPage second = pager.read(file, first.toLineNum() + 1, true);
    assertThat(second).isEqualTo(new LogPage(1001, 1500, lines(1001, 1500), true));
  }

  @Test
  void followsAGrowingFileFromWhereTheLastPageEnded() throws Exception {
    Path file = write(lines(1, 3));
    assertThat(pager.read(file, 1, false).toLineNum()).isEqualTo(3);
    Files.writeString(file, lines(4, 6), java.nio.file.StandardOpenOption.APPEND);
    assertThat(pager.read(file, 4, false)).isEqualTo(new LogPage(4, 6, lines(4, 6), false));
    assertThat(pager.read(file, 2, false)).isEqualTo(new LogPage(2, 6, lines(2, 6), false));
  }

  @Test
  void readsMultiByteCharactersIntact() throws Exception {
    Path file = write("block strategy effect：Cover Early ✓\n");
    assertThat(pager.read(file, 1, true).logContent()).isEqualTo("block strategy effect：Cover Early ✓\n");
  }

  private Path write(String content) throws Exception {
    return Files.writeString(dir.resolve("1.log"), content);
  }

  private static String lines(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
  }
}
