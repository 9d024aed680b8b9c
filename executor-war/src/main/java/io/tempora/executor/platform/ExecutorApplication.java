package io.tempora.executor.platform;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import io.tempora.executor.log.LogsResource;
import io.tempora.executor.registry.BeatsResource;
import io.tempora.executor.run.RunsResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The protocol endpoints at the context root, as XXL-JOB admins call them. Jackson replaces the
 * server's JSON-B and MOXy so the protocol records' Jackson annotations decide the wire format.
 */
@ApplicationPath("/")
public class ExecutorApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        RunsResource.class,
        LogsResource.class,
        BeatsResource.class,
        AccessTokenFilter.class,
        BodyLimitFilter.class,
        UnreadableBody.class,
        FailureReply.class,
        JsonMapper.class,
        JacksonJsonProvider.class);
  }

  @Override
  public Map<String, Object> getProperties() {
    // naming a JSON feature of our own makes Jersey skip its bundled Jackson feature too, whose provider
    // sees our Jackson's annotations as foreign classes and would write nulls the records leave out
    return Map.of(
        "jersey.config.disableJsonBinding", true,
        "jersey.config.server.disableMoxyJson", true,
        "jersey.config.jsonFeature", "TemporaJackson");
  }
}
