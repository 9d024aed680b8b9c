package io.tempora.systemtest.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The operations of an OpenAPI document as "METHOD /path" mapped to their path and query parameters
 * ("query:page"), the part of a contract that clients break on.
 */
record Operations(Map<String, Set<String>> parameters) {

  static Operations of(OpenAPI spec, Predicate<String> paths) {
    String base = basePath(spec);
    Map<String, Set<String>> operations = new TreeMap<>();
    spec.getPaths().forEach((path, item) -> {
      String fullPath = normalize(base + path);
      if (paths.test(fullPath)) {
        item.readOperationsMap().forEach((method, operation) ->
            operations.put(method + " " + fullPath, parameterNames(item, operation)));
      }
    });
    return new Operations(operations);
  }

  static OpenAPI parse(String document, String origin) {
    ParseOptions options = new ParseOptions();
    options.setResolveFully(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
    if (result.getOpenAPI() == null || result.getOpenAPI().getPaths() == null) {
      throw new AssertionError("cannot read " + origin + " as OpenAPI: " + result.getMessages());
    }
    return result.getOpenAPI();
  }

  Set<String> keys() {
    return parameters.keySet();
  }

  /** Lines naming what differs, empty when these and {@code served} agree. */
  List<String> differencesFrom(Operations served, String ours, String theirs) {
    Stream<String> onlyOurs = keys().stream().filter(key -> !served.parameters.containsKey(key))
        .map(key -> "in " + ours + ", not in " + theirs + ": " + key);
    Stream<String> onlyTheirs = served.keys().stream().filter(key -> !parameters.containsKey(key))
        .map(key -> "in " + theirs + ", not in " + ours + ": " + key);
    Stream<String> parameterDrift = keys().stream()
        .filter(served.parameters::containsKey)
        .filter(key -> !parameters.get(key).equals(served.parameters.get(key)))
        .map(key -> "parameters of " + key + " differ: " + ours + " " + parameters.get(key) + ", "
            + theirs + " " + served.parameters.get(key));
    return Stream.of(onlyOurs, onlyTheirs, parameterDrift).flatMap(s -> s).toList();
  }

  private static Set<String> parameterNames(PathItem item, Operation operation) {
    return Stream.of(item.getParameters(), operation.getParameters())
        .filter(Objects::nonNull)
        .flatMap(List::stream)
        .filter(parameter -> "path".equals(parameter.getIn()) || "query".equals(parameter.getIn()))
        .map(Operations::describe)
        .collect(TreeSet::new, Set::add, Set::addAll);
  }

  private static String describe(Parameter parameter) {
    return parameter.getIn() + ":" + parameter.getName();
  }

  /** A server URL with a path (e.g. http://host/ctx) prefixes every path of the document. */
  private static String basePath(OpenAPI spec) {
    List<Server> servers = spec.getServers();
    if (servers == null || servers.isEmpty() || servers.get(0).getUrl() == null) {
      return "";
    }
    String path = URI.create(servers.get(0).getUrl()).getPath();
    return path == null ? "" : path;
  }

  private static String normalize(String path) {
    String single = path.replaceAll("/{2,}", "/");
    return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
  }
}
