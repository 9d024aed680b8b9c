package io.tempora.executor.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.executor.run.BlockStrategy.Verdict;
import org.junit.jupiter.api.Test;

class BlockStrategyTest {

  @Test
  void serialQueuesWhetherOrNotTheWorkerIsBusy() {
    assertThat(BlockStrategy.SERIAL_EXECUTION.admit(true).verdict()).isEqualTo(Verdict.QUEUE);
    assertThat(BlockStrategy.SERIAL_EXECUTION.admit(false).verdict()).isEqualTo(Verdict.QUEUE);
  }

  @Test
  void discardLaterRejectsOnlyWhenBusy() {
    assertThat(BlockStrategy.DISCARD_LATER.admit(true))
        .isEqualTo(BlockStrategy.Admission.reject("block strategy effect：Discard Later"));
    assertThat(BlockStrategy.DISCARD_LATER.admit(false).verdict()).isEqualTo(Verdict.QUEUE);
  }

  @Test
  void coverEarlyReplacesTheWorkerOnlyWhenBusy() {
    assertThat(BlockStrategy.COVER_EARLY.admit(true))
        .isEqualTo(BlockStrategy.Admission.replace("block strategy effect：Cover Early"));
    assertThat(BlockStrategy.COVER_EARLY.admit(false).verdict()).isEqualTo(Verdict.QUEUE);
  }

  @Test
  void unknownOrMissingStrategyIsSerial() {
    assertThat(BlockStrategy.of("WHATEVER")).isEqualTo(BlockStrategy.SERIAL_EXECUTION);
    assertThat(BlockStrategy.of(null)).isEqualTo(BlockStrategy.SERIAL_EXECUTION);
    assertThat(BlockStrategy.of("COVER_EARLY")).isEqualTo(BlockStrategy.COVER_EARLY);
  }
}
