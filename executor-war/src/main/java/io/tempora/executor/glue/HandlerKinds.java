package io.tempora.executor.glue;

import io.tempora.executor.handler.HandlerCatalog;
import io.tempora.executor.handler.PluginHandler;
import io.tempora.executor.platform.ExecutorConfig;
import io.tempora.executor.process.ChildProcesses;
import io.tempora.executor.process.ProcessLimits;
import io.tempora.protocol.TriggerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every handler kind by its {@code glueType}; a trigger without one is {@code BEAN}. */
@ApplicationScoped
public class HandlerKinds {

  private static final Logger LOG = Logger.getLogger(HandlerKinds.class.getName());

  static final String BEAN = "BEAN";

  @Inject HandlerCatalog catalog;
  @Inject ExecutorConfig config;

  @Inject
  @ConfigProperty(name = "tempora.data-dir")
  String dataDir;

  /**
   * What one JavaScript run may allocate, garbage included (GraalJS Community has no heap limit per
   * context): -1 a quarter of the executor's heap, 0 no limit.
   */
  @Inject
  @ConfigProperty(name = "tempora.executor.js-allocation-limit-mib", defaultValue = "-1")
  long javaScriptAllocationLimitMib;

  @Resource ManagedThreadFactory threads;
  @Resource ManagedScheduledExecutorService scheduler;

  private final GroovyClasses groovy = new GroovyClasses(HandlerKinds.class.getClassLoader(), GroovyClasses.CAPACITY);
  private final JavaScriptEngine javaScript = new JavaScriptEngine();
  private Map<String, HandlerKind> kinds;

  @PostConstruct
  void open() {
    ChildProcesses processes = new ChildProcesses(threads);
    ScriptFiles files = new ScriptFiles(Path.of(dataDir, "executor", "glue"));
    ProcessLimits limits = config.scriptLimits();
    if (limits.missing()) {
      LOG.warning(() -> "prlimit (util-linux) is not on the PATH: script glue runs without the resource limits " + limits
          + "; install util-linux or set tempora.executor.script-limits.* to 0 to silence this");
    }
    Map<String, HandlerKind> all = new HashMap<>();
    all.put(BEAN, new PluginKind(catalog::find));
    all.put("GLUE_GROOVY", new GroovyKind(groovy));
    all.put("GLUE_JS", new JavaScriptKind(javaScript, scheduler, javaScriptAllocationLimit()));
    for (ScriptLanguage language : ScriptLanguage.values()) {
      all.put(language.glueType(), new ScriptKind(language, files, processes, limits));
    }
    kinds = Map.copyOf(all);
  }

  private long javaScriptAllocationLimit() {
    return javaScriptAllocationLimitMib < 0 ? Runtime.getRuntime().maxMemory() / 4 : javaScriptAllocationLimitMib << 20;
  }

  /** @throws HandlerUnavailable for an unknown glue type or BEAN handler, with XXL-JOB's message */
  public PluginHandler handlerFor(TriggerRequest trigger) {
    String glueType = trigger.glueType() == null || trigger.glueType().isBlank() ? BEAN : trigger.glueType();
    HandlerKind kind = kinds.get(glueType);
    if (kind == null) {
      throw new HandlerUnavailable("glueType[" + glueType + "] is not valid.");
    }
    return kind.handlerFor(trigger);
  }

  @PreDestroy
  void close() {
    groovy.close();
    javaScript.close();
  }
}
