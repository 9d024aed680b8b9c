package io.tempora.admin.platform;

/**
 * A validated page of a listing. Checked here rather than with constraint annotations on query
 * parameters, which Payara's OpenAPI scanner cannot process.
 */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 500;

  public static PageRequest of(int page, int size) {
    if (page < 0) {
      throw new InvalidField("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidField("size", "must be between 1 and " + MAX_SIZE);
    }
    if ((long) page * size > Integer.MAX_VALUE) {
      throw new InvalidField("page", "page × size must not exceed " + Integer.MAX_VALUE + "; no listing is that long");
    }
    return new PageRequest(page, size);
  }

  public int offset() {
    return page * size;
  }
}
