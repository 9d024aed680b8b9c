package io.tempora.systemtest.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationsTest {

  private static final String PROMISED = """
      openapi: 3.0.3
      info: {title: t, version: '1'}
      paths:
        /api/v1/jobs:
          get:
            parameters:
              - {name: page, in: query, schema: {type: integer}}
              - {name: size, in: query, schema: {type: integer}}
            responses: {'200': {description: ok}}
        /api/v1/jobs/{id}:
          parameters:
            - {name: id, in: path, required: true, schema: {type: integer}}
          delete:
            responses: {'204': {description: ok}}
      """;

  private static final String SERVED = """
      {"openapi":"3.0.3","info":{"title":"t","version":"1"},
       "servers":[{"url":"http://localhost:18080/"}],
       "paths":{
        "/api/v1/jobs/":{"get":{"parameters":[{"name":"page","in":"query","schema":{"type":"integer"}},
           {"name":"pageSize","in":"query","schema":{"type":"integer"}}],"responses":{"200":{"description":"ok"}}}},
        "/api/v1/runs":{"get":{"responses":{"200":{"description":"ok"}}}}}}
      """;

  @Test
  void identicalDocumentsHaveNoDifferences() {
    Operations promised = Operations.of(Operations.parse(PROMISED, "a"), path -> true);

    assertThat(promised.differencesFrom(promised, "a", "b")).isEmpty();
  }

  @Test
  void differencesNameMissingOperationsOnEachSideAndParameterDrift() {
    Operations promised = Operations.of(Operations.parse(PROMISED, "spec"), path -> true);
    Operations served = Operations.of(Operations.parse(SERVED, "served"), path -> true);

    assertThat(promised.differencesFrom(served, "spec", "served")).containsExactlyInAnyOrder(
        "in spec, not in served: DELETE /api/v1/jobs/{id}",
        "in served, not in spec: GET /api/v1/runs",
        "parameters of GET /api/v1/jobs differ: spec [query:page, query:size], served [query:page, query:pageSize]");
  }
}
