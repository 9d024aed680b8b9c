package io.tempora.admin.glue.control;

import groovy.lang.GroovyClassLoader;
import java.io.IOException;
import java.util.Optional;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Parses Groovy glue into its syntax tree and stops there, before classes are resolved: glue names
 * classes only its executor has (XXL-JOB's {@code IJobHandler}, an XXL-JOB application's own beans,
 * Tempora's handler SPI), so resolving them here would refuse glue that runs. Nothing is loaded or run.
 */
final class GroovySyntax {

  private static final CompilerConfiguration PARSE_ONLY = new CompilerConfiguration();

  Optional<SyntaxError> check(String source) {
    try (GroovyClassLoader loader = new GroovyClassLoader(GroovySyntax.class.getClassLoader(), PARSE_ONLY)) {
      CompilationUnit unit = new CompilationUnit(PARSE_ONLY, null, loader);
      unit.addSource("glue.groovy", source);
      unit.compile(Phases.CONVERSION);
      return Optional.empty();
    } catch (MultipleCompilationErrorsException e) {
      return Optional.of(firstError(e));
    } catch (IOException e) {
      throw new IllegalStateException("closing a parse-only Groovy class loader failed", e);
    }
  }

  private static SyntaxError firstError(MultipleCompilationErrorsException e) {
    Message first = e.getErrorCollector().getErrors().isEmpty() ? null : e.getErrorCollector().getErrors().get(0);
    if (first instanceof SyntaxErrorMessage message) {
      SyntaxException cause = message.getCause();
      return new SyntaxError(cause.getLine(), cause.getStartColumn(), cause.getOriginalMessage());
    }
    return new SyntaxError(1, 1, e.getMessage());
  }
}
