package io.tempora.executor.glue;

import java.util.Set;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.ConstructorCallExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.GStringExpression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Refuses, at compile time, Groovy glue that names a way out of the run into the executor's JVM or
 * host: {@code System.exit} and anything through {@code Runtime} (exit, halt, exec); processes ({@code
 * ProcessBuilder}, {@code "cmd".execute()}, {@code cmd.execute()}); reflection, class loaders and meta classes; compiling
 * more code at run time ({@code GroovyShell}, {@code Eval}); and method names built at run time. The
 * run then fails with the compiler's message.
 *
 * <p>This is a list of names, not a sandbox: Groovy glue still runs as trusted code in the executor's
 * JVM with the executor's rights (files, network, threads, the classes of loaded plugins), and an author
 * who sets out to get around the list may find a path it does not name.
 */
final class GroovyGuard extends CompilationCustomizer {

  private static final ClassNode SYSTEM = ClassHelper.make(System.class);
  private static final ClassNode RUNTIME = ClassHelper.make(Runtime.class);
  private static final Set<String> ESCAPE_CLASSES = Set.of(
      "java.lang.ProcessBuilder", "java.lang.ProcessHandle", "java.lang.ClassLoader",
      "groovy.lang.GroovyShell", "groovy.lang.GroovyClassLoader", "groovy.util.Eval", "groovy.lang.MetaClass",
      "javax.script.ScriptEngineManager", "java.lang.invoke.MethodHandles");
  private static final Set<String> ESCAPE_PACKAGES = Set.of("java.lang.reflect.", "java.lang.invoke.", "sun.", "jdk.internal.");
  private static final Set<String> ESCAPE_METHODS = Set.of(
      "exec", "halt", "forName", "loadClass", "defineClass", "getClassLoader", "setAccessible",
      "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField", "getDeclaredFields", "getDeclaredConstructor",
      "getDeclaredConstructors", "getMethod", "invokeMethod", "getMetaClass", "setMetaClass", "evaluate");
  private static final Set<String> ESCAPE_PROPERTIES = Set.of("metaClass", "classLoader");

  GroovyGuard() {
    super(CompilePhase.CANONICALIZATION);
  }

  @Override
  public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) throws CompilationFailedException {
    new ClassCodeVisitorSupport() {
      @Override
      protected SourceUnit getSourceUnit() {
        return source;
      }

      @Override
      public void visitMethodCallExpression(MethodCallExpression call) {
        String method = call.getMethodAsString();
        if (method == null) {
          escape(call, "a method name built at run time");
        } else if (startsProcess(call, method)) {
          escape(call, method);
        } else {
          check(call, call.getObjectExpression(), method);
        }
        super.visitMethodCallExpression(call);
      }

      @Override
      public void visitStaticMethodCallExpression(StaticMethodCallExpression call) {
        check(call, new ClassExpression(call.getOwnerType()), call.getMethod());
        super.visitStaticMethodCallExpression(call);
      }

      @Override
      public void visitMethodPointerExpression(MethodPointerExpression pointer) {
        check(pointer, pointer.getExpression(), pointer.getMethodName().getText());
        super.visitMethodPointerExpression(pointer);
      }

      @Override
      public void visitPropertyExpression(PropertyExpression property) {
        String name = property.getPropertyAsString();
        if (isClass(property.getObjectExpression(), RUNTIME)) {
          exit(property, name);
        } else if (name == null || ESCAPE_PROPERTIES.contains(name)) {
          escape(property, String.valueOf(name));
        }
        super.visitPropertyExpression(property);
      }

      @Override
      public void visitClassExpression(ClassExpression expression) {
        if (isEscapeClass(expression.getType())) {
          escape(expression, expression.getType().getName());
        }
        super.visitClassExpression(expression);
      }

      @Override
      public void visitConstructorCallExpression(ConstructorCallExpression call) {
        if (isEscapeClass(call.getType())) {
          escape(call, "new " + call.getType().getName());
        }
        super.visitConstructorCallExpression(call);
      }

      private void check(Expression at, Expression receiver, String method) {
        if (isClass(receiver, RUNTIME) || isClass(receiver, SYSTEM) && "exit".equals(method)) {
          exit(at, method);
        } else if (ESCAPE_METHODS.contains(method)) {
          escape(at, method);
        }
      }

      private void exit(Expression at, String member) {
        addError("Groovy glue may not call System.exit or use Runtime (" + member + "): it would stop the executor"
            + " and every run on it. End the run with HandlerResult.failure(reason) or by throwing", at);
      }

      private void escape(Expression at, String what) {
        addError("Groovy glue may not start processes, use reflection, class loaders or meta classes, or compile"
            + " code at run time (" + what + "): it runs inside the executor. Run commands as a GLUE_SHELL job", at);
      }
    }.visitClass(classNode);
  }

  /** Groovy's String/List {@code execute()}; {@code sql.execute(query)} on an object of the glue's stays allowed. */
  private static boolean startsProcess(MethodCallExpression call, String method) {
    Expression receiver = call.getObjectExpression();
    boolean noArguments = call.getArguments() instanceof TupleExpression arguments && arguments.getExpressions().isEmpty();
    return "execute".equals(method) && (noArguments || receiver instanceof ConstantExpression
        || receiver instanceof GStringExpression || receiver instanceof ListExpression);
  }

  private static boolean isEscapeClass(ClassNode type) {
    String name = type.getName();
    return ESCAPE_CLASSES.contains(name) || ESCAPE_PACKAGES.stream().anyMatch(name::startsWith);
  }

  private static boolean isClass(Expression expression, ClassNode type) {
    return expression instanceof ClassExpression classExpression && classExpression.getType().equals(type);
  }
}
