package io.tempora.admin.group.boundary;

import io.tempora.admin.group.entity.AddressMode;
import io.tempora.admin.group.entity.WireDialect;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An executor group as the API receives it. A class with fields rather than a record: Payara's
 * OpenAPI scanner fails on constraint annotations of record constructor parameters.
 */
public class ExecutorGroupRequest {

  @NotBlank
  @Size(max = 64)
  @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$", message = "must start with a letter or digit and contain only letters, digits, '.', '_' or '-'")
  public String appName;

  @NotBlank @Size(max = 100) public String title;

  public AddressMode addressMode;

  public List<String> addresses;

  public WireDialect dialect;

  AddressMode addressModeOrDefault() {
    return addressMode == null ? AddressMode.AUTO : addressMode;
  }

  List<String> addressesOrEmpty() {
    return addresses == null ? List.of() : addresses.stream().map(a -> a == null || a.endsWith("/") ? a : a + "/").toList();
  }

  WireDialect dialectOrDefault() {
    return dialect == null ? WireDialect.XXL_3_3 : dialect;
  }
}
