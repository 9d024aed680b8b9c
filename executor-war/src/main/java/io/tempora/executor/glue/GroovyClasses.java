package io.tempora.executor.glue;

import com.xxl.job.core.handler.IJobHandler;
import groovy.lang.GroovyClassLoader;
import io.tempora.executor.platform.ExecutorException;
import io.tempora.handler.Handler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * Groovy handlers compiled from glue source (a Tempora {@link Handler}, or XXL-JOB glue extending {@code
 * IJobHandler}), one per job and glue version, each in its own class
 * loader. The cache is bounded and least-recently-used: an evicted handler is destroyed and its loader
 * closed and dropped with its classes' meta classes, so edited glue does not fill Metaspace.
 */
public final class GroovyClasses implements AutoCloseable {

  static final int CAPACITY = 100;
  private static final Logger LOG = Logger.getLogger(GroovyClasses.class.getName());
  private static final CompilerConfiguration GLUE_COMPILER = new CompilerConfiguration();

  static {
    GLUE_COMPILER.addCompilationCustomizers(new GroovyGuard());
  }

  record Key(long jobId, long glueVersion) {}

  private record Compiled(GroovyClassLoader loader, Handler handler) {}

  private final ClassLoader parent;
  private final Map<Key, Compiled> cache;

  public GroovyClasses(ClassLoader parent, int capacity) {
    this.parent = parent;
    this.cache = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Compiled> eldest) {
        if (size() <= capacity) {
          return false;
        }
        unload(eldest.getValue());
        return true;
      }
    };
  }

  /** @throws GlueCompileFailed with the compiler's message */
  synchronized Handler handlerFor(Key key, String source) {
    Compiled compiled = cache.get(key);
    if (compiled == null) {
      compiled = compile(key, source);
      cache.put(key, compiled);
    }
    return compiled.handler();
  }

  synchronized int size() {
    return cache.size();
  }

  @Override
  public synchronized void close() {
    cache.values().forEach(GroovyClasses::unload);
    cache.clear();
  }

  private Compiled compile(Key key, String source) {
    GroovyClassLoader loader = new GroovyClassLoader(parent, GLUE_COMPILER);
    try {
      Class<?> type = loader.parseClass(source, "GlueJob" + key.jobId() + "_" + key.glueVersion() + ".groovy");
      Handler handler = handlerOf(key, type.getDeclaredConstructor().newInstance());
      handler.init();
      return new Compiled(loader, handler);
    } catch (CompilationFailedException e) {
      close(loader);
      throw new GlueCompileFailed("the Groovy glue of job " + key.jobId() + " does not compile: " + e.getMessage(), e);
    } catch (GlueCompileFailed e) {
      close(loader);
      throw e;
    } catch (Exception | LinkageError e) {
      close(loader);
      throw new GlueCompileFailed("the Groovy handler of job " + key.jobId() + " cannot be created: " + e, e);
    }
  }

  /** A Tempora {@link Handler}, or XXL-JOB glue (an {@link IJobHandler}) run through its compatibility layer. */
  private static Handler handlerOf(Key key, Object glue) {
    if (glue instanceof Handler handler) {
      return handler;
    }
    if (glue instanceof IJobHandler xxlJob) {
      return new XxlJobGlue(xxlJob);
    }
    throw new GlueCompileFailed("the Groovy glue of job " + key.jobId() + " must define a class implementing "
        + Handler.class.getName() + " or extending " + IJobHandler.class.getName() + "; its first class "
        + glue.getClass().getName() + " does neither");
  }

  private static void unload(Compiled compiled) {
    try {
      compiled.handler().destroy();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "a Groovy glue handler failed to destroy; unloading it anyway", e);
    }
    for (Class<?> type : compiled.loader().getLoadedClasses()) {
      InvokerHelper.removeClass(type);
    }
    close(compiled.loader());
  }

  private static void close(GroovyClassLoader loader) {
    loader.clearCache();
    try {
      loader.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot close a Groovy glue class loader; it is dropped anyway", e);
    }
  }

  /** Glue source that does not yield a handler; the run fails with this message. */
  public static final class GlueCompileFailed extends ExecutorException {

    GlueCompileFailed(String message) {
      super(message);
    }

    GlueCompileFailed(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
