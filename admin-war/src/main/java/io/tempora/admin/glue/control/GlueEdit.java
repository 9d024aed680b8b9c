package io.tempora.admin.glue.control;

/** Who changed a job's glue and why (the remark is optional). */
public record GlueEdit(String remark, String author) {

  /** Changes the admin makes on its own, e.g. the demo job at first start. */
  public static final GlueEdit BY_ADMIN = new GlueEdit(null, "the admin");

  public static GlueEdit rollBack(int version, String author) {
    return new GlueEdit("rolled back to version " + version, author);
  }
}
