package com.xxl.job.core.biz.model;

/** XXL-JOB 2.x's result of {@code execute(String param)}: a code (200 success, 500 failure, 502 timeout) and a message. */
public class ReturnT<T> {

  public static final int SUCCESS_CODE = 200;
  public static final int FAIL_CODE = 500;
  public static final ReturnT<String> SUCCESS = new ReturnT<>(SUCCESS_CODE, null);
  public static final ReturnT<String> FAIL = new ReturnT<>(FAIL_CODE, null);

  private int code;
  private String msg;
  private T content;

  public ReturnT() {}

  public ReturnT(int code, String msg) {
    this.code = code;
    this.msg = msg;
  }

  public ReturnT(T content) {
    this.code = SUCCESS_CODE;
    this.content = content;
  }

  public int getCode() { return code; }
  public void setCode(int code) { this.code = code; }
  public String getMsg() { return msg; }
  public void setMsg(String msg) { this.msg = msg; }
  public T getContent() { return content; }
  public void setContent(T content) { this.content = content; }

  @Override
  public String toString() {
    return "ReturnT [code=" + code + ", msg=" + msg + ", content=" + content + "]";
  }
}
