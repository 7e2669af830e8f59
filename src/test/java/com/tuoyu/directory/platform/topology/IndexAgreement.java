package com.tuoyu.directory.platform.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.tuoyu.directory.support.PostgresServer;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The index compared with PostgreSQL document by document: every listed nursery (filing in force) must be in the
 * index as listed, with the version PostgreSQL holds; nothing else may be listed there.
 */
record IndexAgreement(int listed, int matching, int missing, int stale, int extra) {

    boolean exact() {
        return matching == listed && missing == 0 && stale == 0 && extra == 0;
    }

    @Override
    public String toString() {
        return matching + "/" + listed + " match" + (exact() ? "" : " (missing " + missing + ", stale " + stale + ", extra " + extra + ")");
    }

    static IndexAgreement compare(PostgresServer postgres, SearchCluster search) throws IOException, SQLException {
        Map<String, Long> expected = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
             ResultSet rows = connection.createStatement().executeQuery(
                     "select n.id, n.version from nursery n join filing f on f.nursery_id = n.id where f.status = 'FILED'")) {
            while (rows.next()) {
                expected.put(rows.getString(1), rows.getLong(2));
            }
        }
        search.post("/nurseries/_refresh", null);
        JsonNode hits = search.post("/nurseries/_search", "{\"size\": 10000, \"version\": true, \"_source\": false, "
                + "\"query\": {\"term\": {\"listed\": true}}}").path("hits").path("hits");
        Map<String, Long> indexed = new HashMap<>();
        hits.forEach(hit -> indexed.put(hit.path("_id").asText(), hit.path("_version").asLong()));
        int matching = 0;
        int missing = 0;
        int stale = 0;
        for (Map.Entry<String, Long> nursery : expected.entrySet()) {
            Long version = indexed.get(nursery.getKey());
            if (version == null) {
                missing++;
            } else if (!version.equals(nursery.getValue())) {
                stale++;
            } else {
                matching++;
            }
        }
        int extra = (int) indexed.keySet().stream().filter(id -> !expected.containsKey(id)).count();
        return new IndexAgreement(expected.size(), matching, missing, stale, extra);
    }
}
