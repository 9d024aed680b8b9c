package io.tempora.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FailureTextTest {

  @Test
  void aRefusedConnectionInsideACompletionIsSaidPlainly() {
    assertThat(FailureText.of(new CompletionException(new ConnectException()))).isEqualTo("connection refused");
  }

  @Test
  void timeoutsAreSaidPlainly() {
    assertThat(FailureText.of(new HttpConnectTimeoutException("HTTP connect timed out"))).isEqualTo("connect timed out");
  }

  @Test
  void aMessageIsKeptWhenItNamesNoClass() {
    assertThat(FailureText.of(new IllegalStateException("the job is gone"))).isEqualTo("the job is gone");
  }

  @Test
  void noClassNameAppearsWhenThereIsNoMessage() {
    assertThat(FailureText.of(new NullPointerException())).isEqualTo("unexpected null pointer failure")
        .doesNotContain("java.");
    assertThat(FailureText.of(new IOException())).isEqualTo("connection closed");
  }

  @Test
  void aMessageThatNamesTheClassIsReplaced() {
    RuntimeException wrapped = new RuntimeException(new IllegalArgumentException("x"));
    assertThat(FailureText.of(wrapped)).isEqualTo("x");
    assertThat(FailureText.of(new IllegalStateException("bad io.tempora.FooException state"))).isEqualTo("unexpected illegal state failure");
  }

  @Test
  void classNamesFromTheUsersOwnCodeAreKept() {
    assertThat(FailureText.of(new IllegalStateException("glue does not implement io.tempora.handler.Handler")))
        .isEqualTo("glue does not implement io.tempora.handler.Handler");
  }

  @Test
  void errorsAreCalledErrors() {
    assertThat(FailureText.of(new StackOverflowError())).isEqualTo("unexpected stack overflow error");
  }
}
