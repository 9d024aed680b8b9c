package io.tempora.executor.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LineStampTest {

  private static final DateTimeFormatter EXPECTED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  @Test
  void formatsEveryMillisecondLikeTheDateFormatterAcrossSecondsAndDays() {
    Instant start = Instant.parse("2026-12-31T23:59:58.990Z");
    LongStream.range(0, 2_100).mapToObj(start::plusMillis).forEach(time ->
        assertThat(LineStamp.of(time)).isEqualTo(EXPECTED.format(time)));
  }

  @Test
  void aTimeEarlierThanTheLastOneIsStillRight() {
    assertThat(LineStamp.of(Instant.parse("2026-12-02T10:00:05.007Z"))).isEqualTo("2026-12-02 10:00:05.007");
    assertThat(LineStamp.of(Instant.parse("2026-11-30T08:01:02.345Z"))).isEqualTo("2026-11-30 08:01:02.345");
  }
}
