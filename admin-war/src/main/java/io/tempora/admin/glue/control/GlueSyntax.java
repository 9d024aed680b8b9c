package io.tempora.admin.glue.control;

import io.tempora.admin.job.entity.GlueType;
import io.tempora.admin.platform.InvalidField;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Refuses glue that does not parse, naming the line and column, so the mistake shows when the job is
 * saved rather than at its next run. Groovy and JavaScript are parsed here; scripts run by an
 * interpreter on the executor (shell, Python, Node.js, PHP, PowerShell) are not: no parser for them is
 * at hand in the admin, and the executor's interpreter may differ from any the admin host has.
 */
@ApplicationScoped
public class GlueSyntax {

  private final GroovySyntax groovy = new GroovySyntax();
  private final JavaScriptSyntax javaScript = new JavaScriptSyntax();

  /** @throws InvalidField naming {@code glueSource} with the line, column and reason */
  public void check(GlueType type, String source) {
    Optional<SyntaxError> error = switch (type) {
      case GLUE_GROOVY -> groovy.check(source);
      case GLUE_JS -> javaScript.check(source);
      default -> Optional.empty();
    };
    error.ifPresent(e -> {
      throw new InvalidField("glueSource", "the " + type + " source does not parse at " + e.describe());
    });
  }

  @PreDestroy
  void close() {
    javaScript.close();
  }
}
