package io.tempora.executor.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tempora.executor.glue.GroovyClasses.GlueCompileFailed;
import io.tempora.executor.glue.GroovyClasses.Key;
import io.tempora.executor.process.RecordingRun;
import io.tempora.handler.Handler;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroovyClassesTest {

  static final String HANDLER = """
      import io.tempora.handler.*
      class Greeter implements Handler {
        public static int destroyed = 0
        String name() { 'greeter' }
        void destroy() { destroyed++ }
        HandlerResult handle(RunContext context) {
          context.log().log("hello ${context.params()} from shard ${context.shardIndex()}/${context.shardTotal()}")
          HandlerResult.success('greeted')
        }
      }
      """;

  private final GroovyClasses classes = new GroovyClasses(GroovyClassesTest.class.getClassLoader(), 2);

  @AfterEach
  void close() {
    classes.close();
  }

  @Test
  void compilesTheSourceOnceForAJobAndGlueVersion() throws Exception {
    Handler first = classes.handlerFor(new Key(1, 100), HANDLER);
    Handler again = classes.handlerFor(new Key(1, 100), HANDLER);
    Handler newer = classes.handlerFor(new Key(1, 101), HANDLER);

    assertThat(again).isSameAs(first);
    assertThat(newer.getClass()).isNotSameAs(first.getClass());
    RecordingRun run = RecordingRun.of("world");
    assertThat(first.handle(run).message()).isEqualTo("greeted");
    assertThat(run.lines()).containsExactly("hello world from shard 1/3");
  }

  @Test
  void keepsOnlyTheMostRecentlyUsedAndDestroysTheEvicted() throws Exception {
    Handler one = classes.handlerFor(new Key(1, 1), HANDLER);
    Handler two = classes.handlerFor(new Key(2, 1), HANDLER);
    classes.handlerFor(new Key(1, 1), HANDLER);
    classes.handlerFor(new Key(3, 1), HANDLER);

    assertThat(classes.size()).isEqualTo(2);
    assertThat(classes.handlerFor(new Key(1, 1), HANDLER)).isSameAs(one);
    assertThat(two.getClass().getField("destroyed").getInt(null)).isEqualTo(1);
    assertThat(one.getClass().getField("destroyed").getInt(null)).isZero();
  }

  @Test
  void aCompileErrorFailsWithTheCompilersMessage() {
    assertThatThrownBy(() -> classes.handlerFor(new Key(4, 1), "class Broken implements io.tempora.handler.Handler {"))
        .isInstanceOf(GlueCompileFailed.class)
        .hasMessageContaining("the Groovy glue of job 4 does not compile")
        .hasMessageContaining("GlueJob4_1.groovy");
    assertThat(classes.size()).isZero();
  }

  @Test
  void sourceWhoseClassIsNoHandlerIsRefused() {
    assertThatThrownBy(() -> classes.handlerFor(new Key(5, 1), "class Plain { }"))
        .isInstanceOf(GlueCompileFailed.class)
        .hasMessageContaining("must define a class implementing io.tempora.handler.Handler");
  }
  @Test
  void glueCallingSystemExitIsRefusedBeforeItCanStopTheExecutor() {
    String exits = HANDLER.replace("context.log().log(", "System.exit(0); context.log().log(");

    assertThatThrownBy(() -> classes.handlerFor(new Key(6, 1), exits))
        .isInstanceOf(GlueCompileFailed.class)
        .hasMessageContaining("may not call System.exit")
        .hasMessageContaining("HandlerResult.failure");
  }

  @Test
  void everyWrittenFormOfExitOrHaltIsRefused() {
    List<String> calls = List.of(
        "Runtime.getRuntime().halt(0)",
        "Runtime.runtime.exit(1)",
        "java.lang.System.exit(2)",
        "def stop = System.&exit; stop(3)");
    for (String call : calls) {
      assertThatThrownBy(() -> classes.handlerFor(new Key(7, call.hashCode()), HANDLER.replace("context.log().log(", call + "; context.log().log(")))
          .as(call)
          .isInstanceOf(GlueCompileFailed.class)
          .hasMessageContaining("may not call System.exit or use Runtime");
    }
  }

  @Test
  void staticallyImportedExitIsRefused() {
    String source = "import static java.lang.System.exit\n" + HANDLER.replace("context.log().log(", "exit(0); context.log().log(");

    assertThatThrownBy(() -> classes.handlerFor(new Key(8, 1), source))
        .isInstanceOf(GlueCompileFailed.class)
        .hasMessageContaining("may not call System.exit");
  }

  @Test
  void processesReflectionAndRunTimeCompilationAreRefused() {
    List<String> escapes = List.of(
        "'kill -9 1'.execute()",
        "def cmd = 'ls'; cmd.execute()",
        "['sh', '-c', 'id'].execute()",
        "new ProcessBuilder('id').start()",
        "Class.forName('java.lang.System')",
        "System.getDeclaredMethod('exit', int)",
        "System.metaClass",
        "this.class.classLoader",
        "def m = 'ex' + 'it'; System.\"$m\"(0)",
        "new GroovyShell().evaluate('1')",
        "java.lang.reflect.Proxy.getInvocationHandler(null)",
        "ProcessHandle.current().destroy()");
    List<String> compiled = escapes.stream().filter(escape -> {
      try {
        classes.handlerFor(new Key(10, escape.hashCode()), HANDLER.replace("context.log().log(", escape + "; context.log().log("));
        return true;
      } catch (GlueCompileFailed refused) {
        return !refused.getMessage().contains("may not");
      }
    }).toList();

    assertThat(compiled).as("glue that compiled").isEmpty();
  }

  @Test
  void ordinaryGlueStillCompiles() throws Exception {
    String source = HANDLER.replace("context.log().log(",
        "Thread.sleep(1); def sql = [execute: { q -> q }]; sql.execute('select 1'); 'a,b'.split(','); context.log().log(");

    assertThat(classes.handlerFor(new Key(11, 1), source).handle(RecordingRun.of("x")).message()).isEqualTo("greeted");
  }

  @Test
  void otherUsesOfSystemStillCompile() throws Exception {
    String source = HANDLER.replace("context.log().log(", "System.out.println(System.currentTimeMillis()); context.log().log(");

    assertThat(classes.handlerFor(new Key(9, 1), source).handle(RecordingRun.of("x")).message()).isEqualTo("greeted");
  }
}
