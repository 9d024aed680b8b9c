package io.tempora.admin.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Makes every Jackson provider in the container use {@link JsonProvider#MAPPER}, not a bare mapper. */
@Provider
public class ObjectMapperResolver implements ContextResolver<ObjectMapper> {

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return JsonProvider.MAPPER;
  }
}
