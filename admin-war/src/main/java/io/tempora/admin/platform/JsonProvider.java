package io.tempora.admin.platform;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON for the REST API and the executor protocol: ISO instants, a field named twice refused (which of
 * the two values would count is not something a caller should have to guess), and an unknown field
 * refused, so that a typo ({@code childJobId}) is an error instead of a setting silently not made. The
 * protocol's messages ignore unknown fields by their own annotation: XXL-JOB peers add fields freely.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json", "text/html", "text/plain"})
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public class JsonProvider extends JacksonJsonProvider {

  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  public JsonProvider() {
    super(MAPPER);
  }
}
