package io.tempora.executor.glue;

import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Refuses, at compile time, Groovy glue that names a way to end the executor's JVM: {@code System.exit}
 * (also statically imported or as a method pointer) and anything reached through {@code Runtime}
 * ({@code exit}, {@code halt}, and {@code exec} with it). The run then fails with the compiler's message.
 *
 * <p>This catches the direct calls, by accident or copied from a script; it is not a sandbox. Code
 * written to get around it still can — reflection, a method name built at run time, a process started
 * with {@code "kill …".execute()} — because Groovy glue runs as trusted code in the executor's JVM.
 */
final class ProcessExitGuard extends CompilationCustomizer {

  private static final ClassNode SYSTEM = ClassHelper.make(System.class);
  private static final ClassNode RUNTIME = ClassHelper.make(Runtime.class);

  ProcessExitGuard() {
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
        if (forbidden(call.getObjectExpression(), call.getMethodAsString())) {
          refuse(call, call.getMethodAsString());
        }
        super.visitMethodCallExpression(call);
      }

      @Override
      public void visitStaticMethodCallExpression(StaticMethodCallExpression call) {
        if (forbidden(call.getOwnerType(), call.getMethod())) {
          refuse(call, call.getMethod());
        }
        super.visitStaticMethodCallExpression(call);
      }

      @Override
      public void visitMethodPointerExpression(MethodPointerExpression pointer) {
        if (forbidden(pointer.getExpression(), pointer.getMethodName().getText())) {
          refuse(pointer, pointer.getMethodName().getText());
        }
        super.visitMethodPointerExpression(pointer);
      }

      @Override
      public void visitPropertyExpression(PropertyExpression property) {
        if (isClass(property.getObjectExpression(), RUNTIME)) {
          refuse(property, property.getPropertyAsString());
        }
        super.visitPropertyExpression(property);
      }

      private void refuse(Expression at, String member) {
        addError("Groovy glue may not call System.exit or use Runtime (" + member + "): it would stop the executor"
            + " and every run on it. End the run with HandlerResult.failure(reason) or by throwing", at);
      }
    }.visitClass(classNode);
  }

  private static boolean forbidden(Expression receiver, String method) {
    return isClass(receiver, RUNTIME) || isClass(receiver, SYSTEM) && "exit".equals(method);
  }

  private static boolean forbidden(ClassNode owner, String method) {
    return owner.equals(RUNTIME) || owner.equals(SYSTEM) && "exit".equals(method);
  }

  private static boolean isClass(Expression expression, ClassNode type) {
    return expression instanceof ClassExpression classExpression && classExpression.getType().equals(type);
  }
}
