package io.tempora.admin.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** Everything under {@code /api}: the REST API at {@code /api/v1}, the executor protocol beside it. */
@ApplicationPath("/api")
public class RestApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    // Jackson (JsonProvider) is the only JSON binding, so errors name the offending field; naming a
    // feature of our own keeps Jersey from also enabling Payara's Jackson, which cannot load our modules
    return Map.of(
        "jersey.config.jsonFeature", "TemporaJackson",
        "jersey.config.disableJsonBinding", true,
        "jersey.config.server.disableMoxyJson", true,
        "jersey.config.server.wadl.disableWadl", true);
  }
}
