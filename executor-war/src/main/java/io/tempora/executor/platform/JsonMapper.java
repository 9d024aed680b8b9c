package io.tempora.executor.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one Jackson configuration, used by JAX-RS and by the admin client. Peers of other XXL-JOB
 * versions add fields we do not know, so unknown properties are ignored; a field named twice is refused,
 * as the admin refuses it.
 */
@Provider
@ApplicationScoped
public class JsonMapper implements ContextResolver<ObjectMapper> {

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }

  public ObjectMapper mapper() {
    return mapper;
  }
}
