package io.tempora.admin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tempora.protocol.CallbackResult;
import io.tempora.protocol.JsonReasons;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonInputMapperTest {

  /** Shaped like the API's requests: a record with a number, a list of records and a string. */
  record Order(long id, List<CallbackResult> results, String note) {}

  @Test
  void aFieldNamedTwiceIsRefusedNamingIt() {
    Problem problem = problemFor("{\"id\":1,\"note\":\"a\",\"note\":\"b\"}", Order.class);

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("note");
  }

  @Test
  void aBodyOfTheWrongShapeNamesNoJavaType() {
    Problem problem = problemFor("[1,2]", Order.class);

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors()).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo("body");
      assertThat(error.reason()).isEqualTo("expected an object");
    });
    assertNoJavaNames(problem);
  }

  @Test
  void aNestedValueOfTheWrongTypeNamesItsPathAndNoJavaType() {
    Problem problem = problemFor("{\"id\":1,\"results\":[{\"logId\":\"abc\"}]}", Order.class);

    assertThat(problem.errors()).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo("results.[0].logId");
      assertThat(error.reason()).isEqualTo("'abc' is not an integer");
    });
    assertNoJavaNames(problem);
  }

  @Test
  void javaNamesInParserMessagesAreLeftOut() {
    assertThat(JsonReasons.withoutJavaNames(
        "Cannot deserialize value of type `io.tempora.admin.job.boundary.JobRequest` from Array value"))
        .isEqualTo("Cannot deserialize value of type a value from Array value");
    assertThat(JsonReasons.withoutJavaNames("java.util.ArrayList[0]->io.tempora.protocol.CallbackResult[\"logId\"]"))
        .doesNotContain("java.", "io.tempora", "CallbackResult");
  }

  private static Problem problemFor(String json, Class<?> type) {
    try {
      JsonProvider.MAPPER.readValue(json, type);
      throw new AssertionError("accepted: " + json);
    } catch (JsonProcessingException failure) {
      Response response = new JsonInputMapper().toResponse(failure);
      return (Problem) response.getEntity();
    }
  }

  private static void assertNoJavaNames(Problem problem) {
    assertThat(problem.toString()).doesNotContainPattern("\\b(java|io\\.tempora|com\\.fasterxml)\\.");
  }
}
