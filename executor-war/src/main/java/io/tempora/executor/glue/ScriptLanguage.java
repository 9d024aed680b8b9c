package io.tempora.executor.glue;

import java.util.List;

/** The script glue types, the file extension their source is written with and the interpreter. */
enum ScriptLanguage {
  SHELL("GLUE_SHELL", "sh", "bash"),
  PYTHON("GLUE_PYTHON", "py", "python3"),
  NODEJS("GLUE_NODEJS", "js", "node"),
  PHP("GLUE_PHP", "php", "php"),
  POWERSHELL("GLUE_POWERSHELL", "ps1", "pwsh", "-NoProfile", "-NonInteractive", "-File");

  private final String glueType;
  private final String extension;
  private final List<String> interpreter;

  ScriptLanguage(String glueType, String extension, String... interpreter) {
    this.glueType = glueType;
    this.extension = extension;
    this.interpreter = List.of(interpreter);
  }

  String glueType() {
    return glueType;
  }

  String extension() {
    return extension;
  }

  /** The interpreter's program name, looked up on the executor's {@code PATH}. */
  String program() {
    return interpreter.get(0);
  }

  /** Interpreter, script, then XXL-JOB's arguments: params, shard index, shard total. */
  List<String> command(String script, String params, int shardIndex, int shardTotal) {
    return java.util.stream.Stream.concat(interpreter.stream(),
            java.util.stream.Stream.of(script, params, String.valueOf(shardIndex), String.valueOf(shardTotal)))
        .toList();
  }
}
