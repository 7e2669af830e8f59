package com.tuoyu.directory.platform.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The catalogue of hostile values: texts, numbers, dates, wrong types, broken JSON and content types. */
final class HostileValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HostileValues() {
    }

    /** Texts that break naive code: NUL, sizes, scripts, surrogates, injections, path traversal. */
    static final List<String> TEXTS = List.of(
            "\u0000", "a\u0000b", "托育\u0000机构", "", " ", "\t\r\n", "null", "undefined", "true", "-1", "0", "1e309",
            "NaN", "Infinity", "9".repeat(40), "-" + "9".repeat(25), "0x1F", "1,5",
            "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "..\\..\\windows\\win.ini", "/", "//", ".", "..",
            "%00", "%", "%zz", "+", "?a=b&c=d", "#frag", "a/b", "C:\\con\\aux",
            "<script>alert(1)</script>", "' OR '1'='1' --", "\"; DROP TABLE nursery; --", "${jndi:ldap://127.0.0.1/a}",
            "{{7*7}}", "*", "?", "\\", "\"", "'", "`", "*:*", "field:value AND other:*", "a~", "/.*/", "((((((((((",
            "😀👩‍👩‍👧‍👦", "\uD800", "\uDFFF", "\uD83D", "\u200B\u200E\u202E", "\uFEFF", "\uFFFF", "\u0001\u0002\u001F",
            "ｆｕｌｌｗｉｄｔｈ", "托".repeat(3000), "x".repeat(20_000), "a b".repeat(2000),
            "2026-02-30", "2026-13-01", "0000-00-00", "+999999999-12-31", "-000001-01-01", "9999-12-31",
            "1900-01-01", "2026-01-01T25:61:61Z", "2026-01-01T00:00:00+25:00", "yesterday", "2026/01/01",
            "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "1-2-3-4-5",
            "3f2504e0-4f89-31d3-9a0c-0305e82c3301x", "000000", "999999", "360102", "36010", "3601021",
            "13800000000", "+8613800000000", "1" + "3".repeat(30), "a@b", "@", "中文名称", "ALL", "other", "Other");

    static String text(Random random) {
        return TEXTS.get(random.nextInt(TEXTS.size()));
    }

    /** A hostile JSON value for a field of the given schema: of its own type but out of range, or of another type. */
    static JsonNode forSchema(JsonNode schema, Random random) {
        String type = Schemas.type(schema);
        List<JsonNode> choices = new ArrayList<>();
        switch (type) {
            case "integer", "number" -> {
                choices.add(NODES.numberNode(-1));
                choices.add(NODES.numberNode(0));
                choices.add(NODES.numberNode(2_147_483_648L));
                choices.add(NODES.numberNode(-2_147_483_649L));
                choices.add(NODES.numberNode(Long.MAX_VALUE));
                choices.add(NODES.numberNode(new BigInteger("9".repeat(30))));
                choices.add(NODES.numberNode(new BigDecimal("1e308")));
                choices.add(NODES.numberNode(new BigDecimal("-1e-400")));
                choices.add(NODES.numberNode(3.5));
                choices.add(NODES.numberNode(-0.0));
                if (schema.has("maximum")) {
                    choices.add(NODES.numberNode(schema.get("maximum").decimalValue().add(BigDecimal.ONE)));
                }
                if (schema.has("minimum")) {
                    choices.add(NODES.numberNode(schema.get("minimum").decimalValue().subtract(BigDecimal.ONE)));
                }
                choices.add(NODES.textNode("12"));
            }
            case "string" -> {
                for (int i = 0; i < 6; i++) {
                    choices.add(NODES.textNode(text(random)));
                }
                if (schema.has("maxLength")) {
                    choices.add(NODES.textNode("长".repeat(schema.get("maxLength").asInt() + 1)));
                }
                if (schema.has("enum")) {
                    String first = schema.get("enum").get(0).asText();
                    choices.add(NODES.textNode(first.toLowerCase(java.util.Locale.ROOT)));
                    choices.add(NODES.textNode(first + "_UNKNOWN"));
                }
                choices.add(NODES.numberNode(12345));
                choices.add(NODES.booleanNode(true));
            }
            case "boolean" -> {
                choices.add(NODES.textNode("true"));
                choices.add(NODES.numberNode(1));
                choices.add(NODES.textNode("yes"));
            }
            case "array" -> {
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 1_000; i++) {
                    many.add(i % 2 == 0 ? NODES.textNode("\u0000") : NODES.numberNode(i));
                }
                choices.add(many);
                choices.add(NODES.arrayNode().add(NODES.nullNode()));
                choices.add(NODES.arrayNode().add(NODES.arrayNode().add(NODES.arrayNode())));
                choices.add(NODES.textNode("a,b"));
            }
            default -> {
                choices.add(NODES.objectNode().put("unknownField", "x"));
                choices.add(NODES.arrayNode().add(1));
                choices.add(NODES.textNode("{}"));
            }
        }
        // Any field may also get any of these, whatever its type.
        choices.add(NODES.nullNode());
        choices.add(NODES.objectNode());
        choices.add(NODES.arrayNode());
        // Deeper than Jackson writes (1000); the raw broken bodies go deeper still.
        choices.add(deepArray(random.nextInt(3) == 0 ? 980 : 50));
        choices.add(NODES.textNode(text(random)));
        return choices.get(random.nextInt(choices.size()));
    }

    private static JsonNode deepArray(int depth) {
        JsonNode node = NODES.numberNode(1);
        for (int i = 0; i < depth; i++) {
            node = NODES.arrayNode().add(node);
        }
        return node;
    }

    /** Bodies that are not the JSON document the operation takes, as raw bytes. */
    static byte[] brokenBody(Random random) {
        String depth = "[".repeat(random.nextInt(2) == 0 ? 2_000 : 200_000);
        List<byte[]> bodies = List.of(
                utf8("{"), utf8("{\"a\":"), utf8("[1,2"), utf8("nul"), utf8("null"), utf8("[]"), utf8("\"text\""),
                utf8("42"), utf8("true"), utf8(""), utf8("   "), utf8("{}}"), utf8("{} {}"), utf8("{\"a\":1,\"a\":2}"),
                utf8("{'single':'quotes'}"), utf8("{a:1}"), utf8("{\"a\":NaN}"), utf8("{\"a\":01}"),
                utf8("{\"a\":\"\u0000\"}"), utf8("{\"a\":\"\\u0000\"}"), utf8("\uFEFF{}"), utf8(depth),
                utf8("{\"n\":" + "1".repeat(5_000) + "}"), utf8("{\"" + "k".repeat(20_000) + "\":1}"),
                utf8("{\"s\":\"" + "x".repeat(100_000) + "\"}"), new byte[]{(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE},
                new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'},
                new byte[]{0, 0, 0, 0}, utf8("<xml>nope</xml>"), utf8("a=1&b=2"), utf8("/* comment */ {}"));
        return bodies.get(random.nextInt(bodies.size()));
    }

    static final List<String> CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "application/json; charset=nonsense", "application/json; charset=UTF-16",
            "application/json;;;", "application/x-www-form-urlencoded", "multipart/form-data",
            "multipart/form-data; boundary=", "multipart/form-data; boundary=\"unterminated", "*/*", "garbage",
            "application/problem+json", "image/jpeg", "application/octet-stream", "application/json; q=0.5");

    static final List<String> ACCEPTS = List.of(
            "application/xml", "text/html", "image/png", "*/*;q=0", "application/json;q=abc", ",,,", "text/*");

    static final List<String> LANGUAGES = List.of(
            "en", "zz", "en;q=abc", "*", "x".repeat(2_000), "zh-Hant-TW, en;q=0.1", ",", "en-US;q=1.5");

    static final List<String> AUTHORIZATIONS = List.of(
            "Bearer", "Bearer ", "Bearer x.y.z", "Bearer " + "a".repeat(10_000), "Basic YWRtaW46YWRtaW4=",
            "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsImdyb3VwcyI6WyJBRE1JTiJdfQ.", "token");

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }
}
