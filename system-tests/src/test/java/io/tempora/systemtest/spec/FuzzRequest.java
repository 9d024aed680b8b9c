package io.tempora.systemtest.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One request derived from an operation's schema, wrong in at least one place that the schema rules out
 * (a missing required field, a value outside an enum, text where a number belongs, a body that is not
 * JSON, a query parameter of the wrong type) so that the server must refuse it. Ids are never small
 * numbers and scripts never do anything: a fuzzed request that got through must not touch another
 * test's jobs or run a command.
 */
record FuzzRequest(String method, String pathAndQuery, String body) {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SAFE = "abcdefghijklmnopqrstuvwxyz0123456789-_";

  static FuzzRequest of(String method, String path, Operation operation, Random random) {
    String filled = path;
    List<String> query = new ArrayList<>();
    List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
    boolean wrongParameter = random.nextInt(3) == 0 || operation.getRequestBody() == null;
    for (Parameter parameter : parameters) {
      String value = wrongParameter && random.nextBoolean() ? "x" + word(random) : valueOf(parameter.getSchema(), random).asText();
      if ("path".equals(parameter.getIn())) {
        filled = filled.replace("{" + parameter.getName() + "}", encode(value));
      } else if ("query".equals(parameter.getIn()) && (random.nextBoolean() || wrongParameter)) {
        query.add(parameter.getName() + "=" + encode(value));
      }
    }
    String body = null;
    if (operation.getRequestBody() != null) {
      Schema<?> schema = operation.getRequestBody().getContent().values().iterator().next().getSchema();
      body = wrongBody(schema, random);
    }
    return new FuzzRequest(method, filled + (query.isEmpty() ? "" : "?" + String.join("&", query)), body);
  }

  private static String wrongBody(Schema<?> schema, Random random) {
    Schema<?> shape = schema.getOneOf() != null ? schema.getOneOf().get(random.nextInt(schema.getOneOf().size())) : schema;
    int form = random.nextInt(10);
    if (form == 0) {
      return "{\"" + word(random) + "\":";
    }
    if (form == 1) {
      return "[" + random.nextLong() + "]";
    }
    JsonNode valid = valueOf(shape, random);
    JsonNode target = valid instanceof ArrayNode array && !array.isEmpty() ? array.get(0) : valid;
    if (target instanceof ObjectNode object && spoil(object, itemsOrSelf(shape), random)) {
      return write(valid);
    }
    return "{\"" + word(random) + "\":[" + random.nextInt() + ",";
  }

  /** Makes one field of {@code object} wrong for {@code schema}; false when the schema leaves no room. */
  private static boolean spoil(ObjectNode object, Schema<?> schema, Random random) {
    List<Runnable> spoilers = new ArrayList<>();
    if (schema.getRequired() != null) {
      schema.getRequired().forEach(field -> spoilers.add(() -> object.remove(field)));
    }
    Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
    properties.forEach((field, property) -> {
      if (property.getEnum() != null) {
        spoilers.add(() -> object.put(field, "NOT_" + word(random).toUpperCase()));
      } else if ("integer".equals(property.getType()) || "boolean".equals(property.getType())) {
        spoilers.add(() -> object.put(field, "x" + word(random)));
      } else if ("array".equals(property.getType())) {
        spoilers.add(() -> object.put(field, word(random)));
      }
    });
    if (spoilers.isEmpty()) {
      return false;
    }
    spoilers.get(random.nextInt(spoilers.size())).run();
    return true;
  }

  private static Schema<?> itemsOrSelf(Schema<?> schema) {
    return "array".equals(schema.getType()) && schema.getItems() != null ? schema.getItems() : schema;
  }

  static JsonNode valueOf(Schema<?> schema, Random random) {
    if (schema == null) {
      return JSON.textNode(word(random));
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return JSON.textNode(String.valueOf(schema.getEnum().get(random.nextInt(schema.getEnum().size()))));
    }
    String type = schema.getType() == null && schema.getProperties() != null ? "object" : String.valueOf(schema.getType());
    return switch (type) {
      case "object" -> {
        ObjectNode object = JSON.objectNode();
        if (schema.getProperties() != null) {
          schema.getProperties().forEach((field, property) -> {
            if (schema.getRequired() != null && schema.getRequired().contains(field) || random.nextBoolean()) {
              object.set(field, valueOf(property, random));
            }
          });
        }
        yield object;
      }
      case "array" -> {
        ArrayNode array = JSON.arrayNode();
        for (int i = random.nextInt(3); i >= 0; i--) {
          array.add(valueOf(schema.getItems(), random));
        }
        yield array;
      }
      case "integer", "number" -> JSON.numberNode(switch (random.nextInt(4)) {
        case 0 -> -1L - random.nextInt(1000);
        case 1 -> Long.MAX_VALUE;
        default -> 1_000_000_000L + random.nextInt(1_000_000_000);
      });
      case "boolean" -> JSON.booleanNode(random.nextBoolean());
      default -> JSON.textNode(random.nextInt(20) == 0 ? "x".repeat(300) : word(random));
    };
  }

  private static String word(Random random) {
    StringBuilder word = new StringBuilder();
    for (int i = 1 + random.nextInt(12); i > 0; i--) {
      word.append(SAFE.charAt(random.nextInt(SAFE.length())));
    }
    return word.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(scrubScripts(node));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A run that got queued after all runs nothing: glue is a no-op and the handler is one nobody offers. */
  private static JsonNode scrubScripts(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.has("glueSource")) {
        object.put("glueSource", "true");
      }
      if (object.has("executorHandler")) {
        object.put("executorHandler", "fuzz-no-such-handler");
      }
      if (object.has("glueType") && object.get("glueType").asText().startsWith("GLUE")) {
        object.put("glueType", "BEAN");
      }
      object.forEach(FuzzRequest::scrubScripts);
    } else if (node instanceof ArrayNode array) {
      array.forEach(FuzzRequest::scrubScripts);
    }
    return node;
  }
}
