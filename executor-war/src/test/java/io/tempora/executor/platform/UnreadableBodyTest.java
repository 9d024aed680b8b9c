package io.tempora.executor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tempora.protocol.JobRequest;
import io.tempora.protocol.LogRequest;
import org.junit.jupiter.api.Test;

class UnreadableBodyTest {

  private final JsonMapper json = new JsonMapper();

  @Test
  void aBodyOfTheWrongShapeIsRefusedWithoutJavaNames() {
    String msg = refusalOf("[1]", JobRequest.class);

    assertThat(msg).isEqualTo("expected an object");
  }

  @Test
  void aValueOfTheWrongTypeNamesItsField() {
    String msg = refusalOf("{\"logId\":\"x\",\"logDateTime\":1,\"fromLineNum\":1}", LogRequest.class);

    assertThat(msg).isEqualTo("logId: 'x' is not an integer");
  }

  @Test
  void aFieldNamedTwiceIsRefusedNamingIt() {
    String msg = refusalOf("{\"jobId\":1,\"jobId\":2}", JobRequest.class);

    assertThat(msg).contains("Duplicate field 'jobId'").doesNotContainPattern("\\b(java|io\\.tempora|com\\.fasterxml)\\.");
  }

  private String refusalOf(String body, Class<?> type) {
    try {
      json.mapper().readValue(body, type);
      throw new AssertionError("accepted: " + body);
    } catch (JsonProcessingException e) {
      return UnreadableBody.reasonOf(e);
    }
  }
}
