package com.tuoyu.directory.bench;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Baseline (b): the same questions answered by PostgreSQL alone, behind a minimal HTTP server (Vert.x, reactive
 * PostgreSQL client), as a team without a search engine would build it. Exact: a GiST index on
 * {@code point(longitude, latitude)} narrows to the bounding box of the circle, the great-circle (haversine)
 * distance filters and orders, ties by id.
 *
 * <ul>
 * <li>{@code GET /nearby?lat&lng&radius[&inclusive=true&careType=X][&facets=false]}: the 21 nearest (a page of 20
 * and whether there is more), the total within the radius and facet counts (operating model, inclusive, meals,
 * county, care type) unless {@code facets=false};</li>
 * <li>{@code GET /keyword?division&q}: nurseries of a province, city or county whose name, operator or address
 * contains the text (LIKE: PostgreSQL has no Chinese word splitting built in, and pg_trgm needs three
 * characters), 21 by name, total and the same facets.</li>
 * </ul>
 */
final class PostgresBaseline implements AutoCloseable {

    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private final Vertx vertx;
    private final PgPool pool;
    private final HttpServer server;

    private PostgresBaseline(Vertx vertx, PgPool pool, HttpServer server) {
        this.vertx = vertx;
        this.pool = pool;
        this.server = server;
    }

    /** The index the baseline needs (not part of the service's schema). */
    static final String INDEX_DDL = "create index if not exists bench_nursery_point_gist on nursery using gist (point(longitude, latitude))";

    static PostgresBaseline start(int pgPort, String database, String user, String password, int httpPort) {
        Vertx vertx = Vertx.vertx();
        PgPool pool = PgPool.pool(vertx, new PgConnectOptions().setHost("127.0.0.1").setPort(pgPort)
                        .setDatabase(database).setUser(user).setPassword(password).setCachePreparedStatements(true),
                // A query waiting longer than the load's 5 s request timeout is dropped, not run for a client that
                // has gone: otherwise an overrun rung kept PostgreSQL busy well into the next phase (of another target).
                new PoolOptions().setMaxSize(8).setConnectionTimeout(5).setConnectionTimeoutUnit(java.util.concurrent.TimeUnit.SECONDS));
        HttpServer server = vertx.createHttpServer().requestHandler(request -> handle(pool, request));
        server.listen(httpPort, "127.0.0.1").toCompletionStage().toCompletableFuture().join();
        return new PostgresBaseline(vertx, pool, server);
    }

    private static void handle(PgPool pool, HttpServerRequest request) {
        String sql;
        Tuple args;
        try {
            if (request.path().equals("/nearby")) {
                double lat = Double.parseDouble(request.getParam("lat"));
                double lng = Double.parseDouble(request.getParam("lng"));
                double radius = Double.parseDouble(request.getParam("radius", "3000"));
                boolean facets = !"false".equals(request.getParam("facets"));
                double dLat = Math.toDegrees(radius / EARTH_RADIUS_METRES);
                double dLng = dLat / Math.cos(Math.toRadians(Math.min(89, Math.abs(lat) + dLat)));
                List<String> where = new ArrayList<>();
                where.add("point(n.longitude, n.latitude) <@ box(point($3, $4), point($5, $6))");
                args = Tuple.of(lat, lng, lng - dLng, lat - dLat, lng + dLng, lat + dLat).addDouble(radius);
                if ("true".equals(request.getParam("inclusive"))) {
                    where.add("n.inclusive");
                }
                String careType = request.getParam("careType");
                if (careType != null) {
                    args.addString("%" + careType + "%");
                    where.add("n.care_types like $" + args.size());
                }
                String distance = "2 * " + EARTH_RADIUS_METRES + " * asin(sqrt(power(sin(radians(n.latitude - $1) / 2), 2)"
                        + " + cos(radians($1)) * cos(radians(n.latitude)) * power(sin(radians(n.longitude - $2) / 2), 2)))";
                sql = answer("select n.id, n.name, n.address, n.division_code, n.latitude, n.longitude, n.inclusive,"
                        + " n.meals_provided, n.operating_model, n.care_types, " + distance + " as d"
                        + " from nursery n join filing f on f.nursery_id = n.id and f.status = 'FILED'"
                        + " where " + String.join(" and ", where), "d <= $7", "d, id", facets,
                        "round(d)::int as distance");
            } else if (request.path().equals("/keyword")) {
                String division = request.getParam("division");
                String prefix = division.replaceAll("(00)+$", "");
                String low = (prefix + "000000").substring(0, 6);
                String high = (prefix + "999999").substring(0, 6);
                String text = "%" + request.getParam("q").replace("%", "").replace("_", "") + "%";
                args = Tuple.of(low, high, text);
                sql = answer("select n.id, n.name, n.operator_name, n.address, n.division_code, n.latitude, n.longitude,"
                        + " n.inclusive, n.meals_provided, n.operating_model, n.care_types"
                        + " from nursery n join filing f on f.nursery_id = n.id and f.status = 'FILED'"
                        + " where n.division_code between $1 and $2", "(name like $3 or operator_name like $3 or address like $3)",
                        "name, id", true, "null::int as distance");
            } else {
                request.response().setStatusCode(404).end();
                return;
            }
        } catch (RuntimeException e) {
            request.response().setStatusCode(400).end(String.valueOf(e.getMessage()));
            return;
        }
        pool.preparedQuery(sql).execute(args).onComplete(result -> {
            if (result.succeeded()) {
                request.response().putHeader("Content-Type", "application/json")
                        .end(result.result().iterator().next().getString(0));
            } else {
                request.response().setStatusCode(500).end(result.cause().getClass().getSimpleName());
            }
        });
    }

    /** One statement: candidates, the matching ones, a page of 21 in order, the total and the facet counts. */
    private static String answer(String candidates, String condition, String order, boolean facets, String distance) {
        StringBuilder sql = new StringBuilder("with c as materialized (").append(candidates).append("),")
                .append(" w as materialized (select * from c where ").append(condition).append(")")
                .append(" select json_build_object('total', (select count(*) from w), 'items', (select coalesce(json_agg(t), '[]'::json) from (")
                .append("select id, name, address, division_code as \"divisionCode\", latitude as lat, longitude as lng, ")
                .append(distance).append(" from w order by ").append(order).append(" limit 21) t)");
        if (facets) {
            for (String[] facet : new String[][]{{"operatingModel", "operating_model"}, {"inclusive", "inclusive::text"},
                    {"meals", "meals_provided::text"}, {"division", "division_code"}}) {
                sql.append(String.format(Locale.ROOT, ", '%s', (select json_object_agg(k, n) from (select %s as k, count(*) as n from w group by 1) x)",
                        facet[0], facet[1]));
            }
            sql.append(", 'careType', (select json_object_agg(k, n) from (select unnest(string_to_array(care_types, ',')) as k, count(*) as n from w group by 1) x)");
        }
        return sql.append(")::text").toString();
    }

    @Override
    public void close() {
        server.close().toCompletionStage().toCompletableFuture().join();
        pool.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
