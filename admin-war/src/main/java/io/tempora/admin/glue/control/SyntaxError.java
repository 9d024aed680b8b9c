package io.tempora.admin.glue.control;

/** Where a source stops parsing (1-based line and column) and the parser's reason. */
record SyntaxError(int line, int column, String reason) {

  String describe() {
    return "line " + line + ", column " + column + ": " + reason;
  }
}
