package io.tempora.admin.glue.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tempora.admin.job.entity.GlueType;
import io.tempora.admin.platform.InvalidField;
import io.tempora.admin.platform.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class GlueSyntaxTest {

  private static final GlueSyntax SYNTAX = new GlueSyntax();

  @AfterAll
  static void close() {
    SYNTAX.close();
  }

  @Test
  void xxlJobGlueParsesThoughTheAdminHasNoneOfItsClasses() {
    String xxl = """
        package com.xxl.job.service.handler;
        import com.xxl.job.core.context.XxlJobHelper;
        import com.xxl.job.core.handler.IJobHandler;
        public class DemoGlueJobHandler extends IJobHandler {
        	@Override
        	public void execute() throws Exception {
        		XxlJobHelper.log("XXL-JOB, Hello World.");
        	}
        }
        """;

    assertThatNoException().isThrownBy(() -> SYNTAX.check(GlueType.GLUE_GROOVY, xxl));
  }

  @Test
  void groovyThatDoesNotParseNamesTheLineAndColumn() {
    Problem.FieldError error = errorOf(GlueType.GLUE_GROOVY, "class Broken {\n  void run() {\n    def x = (1 + \n  }\n}\n");

    assertThat(error.field()).isEqualTo("glueSource");
    assertThat(error.reason()).startsWith("the GLUE_GROOVY source does not parse at line 3, column 16: Unexpected input");
  }

  @Test
  void javaScriptThatDoesNotParseNamesTheLineAndColumn() {
    Problem.FieldError error = errorOf(GlueType.GLUE_JS, "const ok = 1;\nfunction f() {\n  return ok +;\n}\n");

    assertThat(error.field()).isEqualTo("glueSource");
    assertThat(error.reason()).startsWith("the GLUE_JS source does not parse at line 3, column 14: ");
  }

  @Test
  void javaScriptIsParsedNotRun() {
    assertThatNoException().isThrownBy(() -> SYNTAX.check(GlueType.GLUE_JS, "while (true) {}"));
  }

  @Test
  void scriptsAreNotParsed() {
    assertThatNoException().isThrownBy(() -> SYNTAX.check(GlueType.GLUE_SHELL, "if then fi ((("));
  }

  private static Problem.FieldError errorOf(GlueType type, String source) {
    return catchThrowableOfType(InvalidField.class, () -> SYNTAX.check(type, source)).fieldErrors().get(0);
  }
}
