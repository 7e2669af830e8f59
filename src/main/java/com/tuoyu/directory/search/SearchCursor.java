package com.tuoyu.directory.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.tuoyu.directory.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The opaque page cursor: the sort values of the last hit (for search_after) and a fingerprint of the query, so
 * a cursor cannot be replayed against a different search. Encoded as base64url of a small tab-separated text.
 */
public final class SearchCursor {

    private static final String VERSION = "c1";

    private SearchCursor() {
    }

    public static String encode(String fingerprint, List<FieldValue> sortValues) {
        StringBuilder text = new StringBuilder(VERSION).append('\t').append(fingerprint);
        for (FieldValue value : sortValues) {
            text.append('\t');
            if (value.isDouble()) {
                text.append('d').append(value.doubleValue());
            } else if (value.isLong()) {
                text.append('l').append(value.longValue());
            } else if (value.isString()) {
                text.append('s').append(value.stringValue());
            } else if (value.isNull()) {
                text.append('n');
            } else {
                text.append('s').append(value._toJsonString());
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static List<FieldValue> decode(String cursor, String fingerprint) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\t", -1);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        if (parts.length < 3 || !VERSION.equals(parts[0])) {
            throw malformed();
        }
        if (!parts[1].equals(fingerprint)) {
            throw ProblemException.invalidParameter("cursor",
                    "属于另一次搜索；请发送与第一页相同的筛选和排序条件，或去掉 cursor", "belongs to a different search; send the same filters and sort as the first page, or drop the cursor");
        }
        List<FieldValue> values = new ArrayList<>();
        try {
            for (int i = 2; i < parts.length; i++) {
                String part = parts[i];
                char kind = part.isEmpty() ? '?' : part.charAt(0);
                String body = part.isEmpty() ? "" : part.substring(1);
                values.add(switch (kind) {
                    case 'd' -> FieldValue.of(Double.parseDouble(body));
                    case 'l' -> FieldValue.of(Long.parseLong(body));
                    case 's' -> FieldValue.of(body);
                    case 'n' -> FieldValue.NULL;
                    default -> throw malformed();
                });
            }
        } catch (NumberFormatException e) {
            throw malformed();
        }
        return values;
    }

    private static ProblemException malformed() {
        return ProblemException.invalidParameter("cursor", "不是本服务签发的游标；请从第一页重新开始",
                "is not a cursor this service issued; start again from the first page");
    }
}
