package com.tuoyu.directory.platform.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes hostile requests for the operations of an OpenAPI document: each starts as a plausible request (the roles'
 * token, parameters and body its schemas allow) and then has one or more of its parts spoiled: a parameter or body
 * field given a hostile value, the body broken, the content type or another header wrong. Deterministic for a seed.
 */
final class HostileRequests {

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    record Operation(String method, String path, String id, List<Parameter> parameters, Map<String, JsonNode> bodies,
                     Set<String> roles, boolean open) {
        String name() {
            return method + " " + path;
        }
    }

    record Request(Operation operation, String method, String target, Map<String, String> headers, byte[] body,
                   String spoiled) {
    }

    private static final Pattern ROLES = Pattern.compile("Roles?:\\s*([^.(]*)");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final ObjectMapper PLAIN = JsonMapper.builder().build();
    private static final ObjectMapper ESCAPED = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final Schemas schemas;
    private final Random random;
    private final Function<String, String> tokenForRole;
    private final List<String> knownIds;

    HostileRequests(Schemas schemas, long seed, Function<String, String> tokenForRole, List<String> knownIds) {
        this.schemas = schemas;
        this.random = new Random(seed);
        this.tokenForRole = tokenForRole;
        this.knownIds = knownIds;
    }

    /** Every operation under /api/, in the document's order. */
    static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = methods.next();
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                List<JsonNode> declared = new ArrayList<>();
                path.getValue().path("parameters").forEach(declared::add);
                operation.path("parameters").forEach(declared::add);
                for (JsonNode parameter : declared) {
                    if (parameter.has("$ref")) {
                        parameter = document.at(parameter.get("$ref").asText().substring(1));
                    }
                    parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                            parameter.path("schema"), parameter.path("required").asBoolean(false)));
                }
                Map<String, JsonNode> bodies = new LinkedHashMap<>();
                operation.path("requestBody").path("content").fields()
                        .forEachRemaining(content -> bodies.put(content.getKey(), content.getValue().path("schema")));
                String description = operation.path("description").asText("");
                Matcher roles = ROLES.matcher(description);
                String stated = roles.find() ? roles.group(1).trim() : "none";
                String lower = stated.toLowerCase(Locale.ROOT);
                boolean open = lower.startsWith("none") || lower.startsWith("anyone") || lower.startsWith("public");
                Set<String> named = lower.startsWith("any signed-in") ? Set.of("PARENT")
                        : Set.of(stated.replaceAll("[^A-Z_,]", "").split(","));
                operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        operation.path("operationId").asText(), parameters, bodies, named, open));
            }
        }
        return operations;
    }

    Request next(Operation operation) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (random.nextInt(4) == 0) {
            headers.put("Accept-Language", "en");
        }
        List<String> spoiled = new ArrayList<>();
        String token = token(operation);
        // What to spoil: mostly one part; sometimes several; sometimes nothing but the plausible values themselves.
        int mode = random.nextInt(100);
        boolean spoilParameter = mode < 30 || (mode >= 85 && mode < 95);
        boolean spoilBody = (mode >= 30 && mode < 60) || (mode >= 85 && mode < 95);
        boolean breakBody = mode >= 60 && mode < 70;
        boolean wrongContentType = mode >= 70 && mode < 77;
        boolean wrongHeader = mode >= 77 && mode < 85;

        Map<String, String> pathValues = new LinkedHashMap<>();
        List<String> query = new ArrayList<>();
        List<Parameter> candidates = operation.parameters().stream()
                .filter(p -> !p.in().equals("header") && !p.in().equals("cookie")).toList();
        Parameter target = spoilParameter && !candidates.isEmpty() ? candidates.get(random.nextInt(candidates.size())) : null;
        for (Parameter parameter : operation.parameters()) {
            boolean hostile = parameter == target || (spoilParameter && random.nextInt(6) == 0);
            if (!hostile && !parameter.required() && random.nextInt(3) == 0) {
                continue;
            }
            String value = hostile ? hostileParameter(parameter) : plausibleParameter(parameter);
            if (hostile) {
                spoiled.add(parameter.in() + " " + parameter.name());
            }
            switch (parameter.in()) {
                case "path" -> pathValues.put(parameter.name(), value);
                case "query" -> query.add(encode(parameter.name()) + "=" + encode(value));
                case "header" -> {
                    if (value.chars().allMatch(c -> c >= 0x20 && c < 0x7F) && value.length() < 4_000) {
                        headers.put(parameter.name(), value);
                    }
                }
                default -> {
                }
            }
        }
        if (spoilParameter && random.nextInt(5) == 0) {
            query.add(encode(HostileValues.text(random)) + "=" + encode(HostileValues.text(random)));
            spoiled.add("unknown query parameter");
        }
        String path = operation.path();
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encodePath(value.getValue()));
        }
        path = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        String target2 = query.isEmpty() ? path : path + "?" + String.join("&", query);

        byte[] body = null;
        if (!operation.bodies().isEmpty() || (breakBody && !operation.method().equals("GET"))) {
            List<String> types = new ArrayList<>(operation.bodies().keySet());
            String contentType = types.isEmpty() ? "application/json" : types.get(random.nextInt(types.size()));
            JsonNode schema = operation.bodies().getOrDefault(contentType, HostileValues.object());
            if (breakBody) {
                body = HostileValues.brokenBody(random);
                spoiled.add("broken body");
                headers.put("Content-Type", contentType.startsWith("multipart/") ? "application/json" : contentType);
            } else if (contentType.startsWith("multipart/")) {
                String boundary = "fuzz" + Long.toHexString(random.nextLong());
                body = multipart(schema, boundary, spoilBody, spoiled);
                headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
            } else {
                JsonNode value = schemas.plausible(schema, random, 0);
                if (spoilBody) {
                    value = spoil(value, schema, spoiled);
                }
                body = write(value);
                headers.put("Content-Type", contentType);
            }
        }
        if (wrongContentType) {
            headers.put("Content-Type", HostileValues.CONTENT_TYPES.get(random.nextInt(HostileValues.CONTENT_TYPES.size())));
            spoiled.add("content type " + headers.get("Content-Type"));
            if (body == null && !operation.method().equals("GET")) {
                body = HostileValues.utf8("{}");
            }
        }
        if (wrongHeader) {
            switch (random.nextInt(4)) {
                case 0 -> headers.put("Accept", HostileValues.ACCEPTS.get(random.nextInt(HostileValues.ACCEPTS.size())));
                case 1 -> headers.put("Accept-Language", HostileValues.LANGUAGES.get(random.nextInt(HostileValues.LANGUAGES.size())));
                case 2 -> token = HostileValues.AUTHORIZATIONS.get(random.nextInt(HostileValues.AUTHORIZATIONS.size()));
                default -> headers.put("If-None-Match", "\"" + "x".repeat(random.nextInt(3_000)) + "\", W/garbage");
            }
            spoiled.add("header");
        }
        if (token != null) {
            headers.put("Authorization", token.startsWith("Bearer") || token.startsWith("Basic") || token.equals("token")
                    ? token : "Bearer " + token);
        }
        if (operation.method().equals("POST") && random.nextBoolean()) {
            headers.put("Idempotency-Key", random.nextInt(4) == 0 ? "k".repeat(2_000) : UUID.randomUUID().toString());
        }
        return new Request(operation, operation.method(), target2, headers, body,
                spoiled.isEmpty() ? "plausible" : String.join(", ", spoiled));
    }

    private String token(Operation operation) {
        int who = random.nextInt(20);
        if (operation.open()) {
            return who == 0 ? tokenForRole.apply("PARENT") : null;
        }
        if (who == 0) {
            return null;
        }
        if (who == 1) {
            return tokenForRole.apply(List.of("PARENT", "HANDLER", "NURSERY").get(random.nextInt(3)));
        }
        List<String> roles = new ArrayList<>(operation.roles());
        roles.removeIf(String::isBlank);
        return tokenForRole.apply(roles.isEmpty() ? "PARENT" : roles.get(random.nextInt(roles.size())));
    }

    private String plausibleParameter(Parameter parameter) {
        JsonNode value = schemas.plausible(parameter.schema(), random, 0);
        if (value.isArray()) {
            return value.isEmpty() ? "" : value.get(0).asText();
        }
        return value.isObject() ? "{}" : value.asText();
    }

    private String hostileParameter(Parameter parameter) {
        int kind = random.nextInt(10);
        if (kind == 0 && parameter.in().equals("path")) {
            return knownIds.isEmpty() ? "x" : knownIds.get(random.nextInt(knownIds.size())) + "\u0000";
        }
        if (kind == 1) {
            return "q".repeat(random.nextBoolean() ? 3_000 : 9_000);
        }
        JsonNode value = HostileValues.forSchema(schemas.resolve(parameter.schema()), random);
        return value.isContainerNode() ? value.toString() : value.asText();
    }

    /** Gives one or more fields (at any depth) of a plausible body a hostile value, drops one or adds one. */
    private JsonNode spoil(JsonNode value, JsonNode schema, List<String> spoiled) {
        if (!value.isObject() || value.isEmpty() || random.nextInt(10) == 0) {
            spoiled.add("whole body");
            return HostileValues.forSchema(schemas.resolve(schema), random);
        }
        int fields = random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 1;
        for (int i = 0; i < fields && !value.isEmpty(); i++) {
            List<String> pathTo = new ArrayList<>();
            ObjectNode parent = (ObjectNode) value;
            JsonNode parentSchema = schemas.resolve(schema);
            String field = pickField(parent);
            // Walk down into nested objects now and then.
            while (parent.get(field).isObject() && !parent.get(field).isEmpty() && random.nextBoolean()) {
                pathTo.add(field);
                parentSchema = schemas.resolve(parentSchema.path("properties").path(field));
                parent = (ObjectNode) parent.get(field);
                field = pickField(parent);
            }
            pathTo.add(field);
            int what = random.nextInt(10);
            if (what == 0) {
                parent.remove(field);
                spoiled.add("body " + String.join(".", pathTo) + " dropped");
            } else if (what == 1) {
                parent.put(HostileValues.text(random).isEmpty() ? "unknown" : "unknown" + random.nextInt(99), "x");
                spoiled.add("body unknown field");
            } else {
                JsonNode fieldSchema = schemas.resolve(parentSchema.path("properties").path(field));
                parent.set(field, HostileValues.forSchema(fieldSchema, random));
                spoiled.add("body " + String.join(".", pathTo));
            }
        }
        return value;
    }

    private String pickField(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.get(random.nextInt(names.size()));
    }

    /** A multipart body from the schema's properties: JSON parts, text parts and files (not images when spoiled). */
    private byte[] multipart(JsonNode schema, String boundary, boolean spoil, List<String> spoiled) {
        JsonNode resolved = schemas.resolve(schema);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> part = it.next();
            JsonNode partSchema = schemas.resolve(part.getValue());
            boolean hostile = spoil && random.nextInt(2) == 0;
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey() + "\"";
            byte[] content;
            String type;
            boolean binary = "binary".equals(partSchema.path("format").asText())
                    || "binary".equals(schemas.resolve(partSchema.path("items")).path("format").asText());
            if (binary) {
                head += "; filename=\"" + (hostile ? "../../etc/passwd\u0000.jpg" : "photo.jpg") + "\"";
                type = "image/jpeg";
                content = hostile ? HostileValues.utf8("not an image at all") : TINY_JPEG;
            } else if ("object".equals(Schemas.type(partSchema))) {
                type = "application/json";
                JsonNode value = schemas.plausible(partSchema, random, 0);
                content = write(hostile ? spoil(value, partSchema, spoiled) : value);
            } else {
                type = "text/plain; charset=UTF-8";
                content = HostileValues.utf8(hostile ? HostileValues.text(random) : schemas.plausible(partSchema, random, 0).asText());
            }
            if (hostile) {
                spoiled.add("part " + part.getKey());
            }
            out.writeBytes(HostileValues.utf8(head + "\r\nContent-Type: " + type + "\r\n\r\n"));
            out.writeBytes(content);
            out.writeBytes(HostileValues.utf8("\r\n"));
        }
        out.writeBytes(HostileValues.utf8("--" + boundary + (spoil && random.nextInt(4) == 0 ? "" : "--") + "\r\n"));
        return out.toByteArray();
    }

    private byte[] write(JsonNode value) {
        try {
            return (random.nextBoolean() ? PLAIN : ESCAPED).writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            try {
                // A lone surrogate cannot be written as UTF-8: escaped, it is valid JSON text.
                return ESCAPED.writeValueAsBytes(value);
            } catch (JsonProcessingException again) {
                throw new IllegalStateException(again);
            }
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String encodePath(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A real photo (with a GPS position the service strips). */
    private static final byte[] TINY_JPEG = com.tuoyu.directory.platform.images.TestImages.jpegWithGps();
}
