package io.tempora.admin.alarm.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class ReasonsTest {

  @Test
  void joinsTheCauseChainWithoutClassNames() {
    Exception failure = new IOException("Couldn't connect to host, port: 127.0.0.1, 2525; timeout 10000;\n"
        + "  nested exception is:\n\tjava.net.ConnectException: Connection refused",
        new ConnectException("Connection refused"));

    assertThat(Reasons.of(failure)).isEqualTo("Couldn't connect to host, port: 127.0.0.1, 2525; timeout 10000; Connection refused");
  }

  @Test
  void namesARefusedConnectionThatCameWithoutAMessage() {
    assertThat(Reasons.of(new IOException(new ConnectException()))).contains("connection refused").doesNotContain("java.");
  }
}
