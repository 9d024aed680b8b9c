package io.tempora.admin.glue.control;

import java.util.Optional;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Parses JavaScript glue with GraalJS, the engine the executor runs it on, without evaluating it. The
 * engine costs about a second to build, so it is built at the first check and shared.
 */
final class JavaScriptSyntax implements AutoCloseable {

  private Engine engine;

  Optional<SyntaxError> check(String source) {
    try (Context js = Context.newBuilder("js")
        .engine(engine())
        .allowHostAccess(HostAccess.NONE)
        .allowIO(IOAccess.NONE)
        .allowCreateThread(false)
        .allowCreateProcess(false)
        .allowEnvironmentAccess(EnvironmentAccess.NONE)
        .build()) {
      js.parse(Source.create("js", source));
      return Optional.empty();
    } catch (PolyglotException e) {
      if (!e.isSyntaxError()) {
        throw e;
      }
      SourceSection at = e.getSourceLocation();
      return Optional.of(at == null
          ? new SyntaxError(1, 1, e.getMessage())
          : new SyntaxError(at.getStartLine(), at.getStartColumn(), reason(e.getMessage())));
    }
  }

  /** GraalJS starts its message with {@code <source name>:<line>:<column> }, which the error carries already. */
  private static String reason(String message) {
    return message.replaceFirst("^\\S*:\\d+:\\d+\\s+", "");
  }

  private synchronized Engine engine() {
    if (engine == null) {
      engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
    }
    return engine;
  }

  @Override
  public synchronized void close() {
    if (engine != null) {
      engine.close(true);
      engine = null;
    }
  }
}
