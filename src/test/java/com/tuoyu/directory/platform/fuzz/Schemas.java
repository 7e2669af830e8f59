package com.tuoyu.directory.platform.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Reads the schemas of the OpenAPI document the service serves (3.0 or 3.1: a type may be a list) and makes a
 * plausible value for each, from its enum, example, format, pattern and bounds; the fuzz then spoils some of them.
 */
final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode document;
    private final List<String> knownIds;

    Schemas(JsonNode document, List<String> knownIds) {
        this.document = document;
        this.knownIds = knownIds;
    }

    /** The schema itself, following $ref (to components) and taking the first branch of allOf/oneOf/anyOf. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema == null ? NODES.objectNode() : schema;
        for (int hops = 0; hops < 20; hops++) {
            if (current.has("$ref")) {
                current = document.at(current.get("$ref").asText().substring(1));
            } else if (current.has("allOf") && current.get("allOf").size() > 0 && !current.has("properties")) {
                current = current.get("allOf").get(0);
            } else if (current.has("oneOf") || current.has("anyOf")) {
                JsonNode branches = current.has("oneOf") ? current.get("oneOf") : current.get("anyOf");
                JsonNode chosen = branches.get(0);
                for (JsonNode branch : branches) {
                    if (!"null".equals(type(branch))) {
                        chosen = branch;
                        break;
                    }
                }
                current = chosen;
            } else {
                return current;
            }
        }
        return current;
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : schema.has("items") ? "array" : "any";
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    return each.asText();
                }
            }
            return "null";
        }
        return type.asText();
    }

    /** A value the schema allows, as far as the schema says. */
    JsonNode plausible(JsonNode schema, Random random, int depth) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("enum") && resolved.get("enum").size() > 0) {
            return resolved.get("enum").get(random.nextInt(resolved.get("enum").size()));
        }
        if (resolved.has("example") && random.nextInt(3) > 0) {
            return resolved.get("example");
        }
        if (resolved.has("examples") && resolved.get("examples").isArray() && resolved.get("examples").size() > 0) {
            return resolved.get("examples").get(0);
        }
        String format = resolved.path("format").asText("");
        return switch (type(resolved)) {
            case "string" -> NODES.textNode(plausibleText(resolved, format, random));
            case "integer" -> NODES.numberNode(Math.max(resolved.path("minimum").asLong(1), 1));
            case "number" -> NODES.numberNode(resolved.has("minimum") ? resolved.get("minimum").asDouble() + 0.5 : 1.5);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 6) {
                    int items = Math.max(1, resolved.path("minItems").asInt(1));
                    for (int i = 0; i < items; i++) {
                        array.add(plausible(resolved.get("items"), random, depth + 1));
                    }
                }
                yield array;
            }
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 6 && resolved.has("properties")) {
                    java.util.Set<String> required = new java.util.HashSet<>();
                    resolved.path("required").forEach(name -> required.add(name.asText()));
                    for (Iterator<Map.Entry<String, JsonNode>> it = resolved.get("properties").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> property = it.next();
                        if (required.contains(property.getKey()) || random.nextInt(10) < 7) {
                            object.set(property.getKey(), plausible(property.getValue(), random, depth + 1));
                        }
                    }
                }
                yield object;
            }
            default -> NODES.textNode("x");
        };
    }

    private String plausibleText(JsonNode schema, String format, Random random) {
        return switch (format) {
            case "uuid" -> random.nextInt(3) > 0 && !knownIds.isEmpty()
                    ? knownIds.get(random.nextInt(knownIds.size())) : new UUID(random.nextLong(), random.nextLong()).toString();
            case "date" -> LocalDate.of(2026, 11, 1).plusDays(random.nextInt(60)).toString();
            case "date-time" -> OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.ofHours(8)).toString();
            case "binary", "byte" -> "AAAA";
            case "email" -> "someone@example.cn";
            case "uri", "url" -> "https://example.cn/a";
            default -> {
                String pattern = schema.path("pattern").asText("");
                if (pattern.contains("[0-9]{6}") || pattern.contains("\\d{6}")) {
                    yield List.of("360102", "360100", "360000", "110101").get(random.nextInt(4));
                }
                if (pattern.contains("1[3-9]") || pattern.contains("^1")) {
                    yield "139" + String.format("%08d", random.nextInt(100_000_000));
                }
                int length = Math.max(schema.path("minLength").asInt(0), 1 + random.nextInt(12));
                int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
                yield "托育机构名称示例文本".repeat(2).substring(0, Math.min(Math.min(length, max), 20));
            }
        };
    }
}
