package io.tempora.systemtest.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the servers on first use and keeps them in the root store, so every test class of this run
 * shares one admin and one executor; JUnit closes them when the run ends.
 */
final class TemporaServersExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(TemporaServersExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TemporaServers.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(Startup.class, type -> Startup.attempt(), Startup.class)
        .servers();
  }

  /** Remembers a failed start too, so later test classes fail at once instead of waiting again. */
  private record Startup(TemporaServers started, RuntimeException failure) implements AutoCloseable {

    static Startup attempt() {
      try {
        return new Startup(TemporaServers.start(), null);
      } catch (IOException e) {
        return new Startup(null, new UncheckedIOException(e));
      } catch (RuntimeException e) {
        return new Startup(null, e);
      }
    }

    TemporaServers servers() {
      if (failure != null) {
        throw new IllegalStateException("the servers did not start: " + failure.getMessage(), failure);
      }
      return started;
    }

    @Override
    public void close() {
      if (started != null) {
        started.close();
      }
    }
  }
}
