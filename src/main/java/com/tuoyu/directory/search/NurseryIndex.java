package com.tuoyu.directory.search;

import lombok.RequiredArgsConstructor;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

import static com.tuoyu.directory.platform.elasticsearch.ElasticsearchCalls.call;

/**
 * The nursery index behind its alias. Writes carry the nursery's version as an external version, so a stale
 * or repeated write is refused by Elasticsearch and delivery can be retried freely. While a rebuild (by any replica)
 * fills a new physical index, a second alias, {@code <alias>-rebuilding}, points at it and every replica's writes go
 * there too, so nothing changed during the rebuild is lost at the swap. Rebuilds take turns ({@link RebuildLock}).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class NurseryIndex {

    private static final Logger LOG = Logger.getLogger(NurseryIndex.class);
    private static final String MAPPING = "/search/nursery-index.json";
    private static final String MAPPING_TEMPLATE = mapping();
    /** Identifies the mapping and analysis an index was built with; a change triggers a rebuild at start. */
    static final String MAPPING_HASH = sha256(MAPPING_TEMPLATE);

    private final ElasticsearchAsyncClient client;
    private final SearchConfig config;
    private final Clock clock;
    private volatile boolean ready;

    public String alias() {
        return config.alias();
    }

    /** Points at the index a rebuild is filling, while one runs anywhere in the cluster. */
    String rebuildingAlias() {
        return config.alias() + "-rebuilding";
    }

    /** What {@link #ensureExists()} found. */
    public enum State {
        /** The alias points at an index with the current mapping. */
        CURRENT,
        /** There was no index; an empty one was created. */
        CREATED,
        /** The alias points at an index built with another mapping: a rebuild moves it to this one. */
        OUTDATED
    }

    /** Like {@link #inspect()}, but asks Elasticsearch only until the index is known to exist. */
    public Uni<State> ensureExists() {
        return ready ? Uni.createFrom().item(State.CURRENT) : inspect();
    }

    /** Creates a physical index with the alias when there is none, and tells whether its mapping is current. */
    public Uni<State> inspect() {
        return call(() -> client.indices().existsAlias(e -> e.name(alias()))).chain(exists -> {
            if (exists.value()) {
                ready = true;
                // An index made before the cluster had replicas configured (or with another count) gets this
                // version's count: with none, losing one data node loses part of the index.
                return call(() -> client.indices().putSettings(s -> s.index(alias())
                        .settings(i -> i.numberOfReplicas(String.valueOf(config.replicas()))))).chain(() ->
                        call(() -> client.indices().getMapping(m -> m.index(alias())))).map(response -> {
                    boolean current = response.mappings().values().stream().allMatch(record -> {
                        var meta = record.mappings().meta();
                        return meta != null && meta.containsKey("mapping_hash")
                                && MAPPING_HASH.equals(meta.get("mapping_hash").to(String.class));
                    });
                    return current ? State.CURRENT : State.OUTDATED;
                });
            }
            // Replicas starting together all find no alias: the first index is named by its mapping, so they all
            // create (or find) the same one and the alias never points at two indices, which would refuse writes.
            String first = alias() + "-" + MAPPING_HASH.substring(0, 12);
            return createPhysicalIndex(first)
                    .onFailure(NurseryIndex::alreadyExists).recoverWithItem(first)
                    .chain(index -> call(() -> client.indices()
                            .updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias()))))))
                    .invoke(() -> {
                        ready = true;
                        LOG.infof("Search index %s is behind alias %s", first, alias());
                    })
                    .replaceWith(State.CREATED);
        });
    }

    private static boolean notFound(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof ElasticsearchException e && e.status() == 404;
    }

    private static boolean alreadyExists(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof ElasticsearchException e && e.error() != null
                && "resource_already_exists_exception".equals(e.error().type());
    }

    /** A new, empty physical index with the current mapping, named for when it was made (a rebuild's target). */
    public Uni<String> createPhysicalIndex() {
        return createPhysicalIndex(alias() + "-" + clock.millis());
    }

    private Uni<String> createPhysicalIndex(String index) {
        String definition = MAPPING_TEMPLATE
                .replace("${mappingHash}", MAPPING_HASH)
                .replace("${shards}", String.valueOf(config.shards()))
                .replace("${replicas}", String.valueOf(config.replicas()));
        return call(() -> client.indices().create(CreateIndexRequest.of(c -> c.index(index)
                        .withJson(new StringReader(definition)))))
                .replaceWith(index);
    }

    /** Indexes documents through the alias (and into a rebuild target, if any); stale versions are skipped. */
    public Uni<Void> write(List<NurseryDocument> documents) {
        if (documents.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // The rebuild's copy first, then the live index. A write that finds no copy was projected before a rebuild
        // began reading PostgreSQL (which then reads it too) or after the swap (and then the live index is the copy).
        // The other order would lose a write that reached the old index just before the swap and missed the copy
        // just after it.
        return ensureExists().chain(state -> bulk(rebuildingAlias(), documents, true))
                .chain(() -> bulk(alias(), documents));
    }

    Uni<Void> bulk(String index, List<NurseryDocument> documents) {
        return bulk(index, documents, false);
    }

    /** With {@code onlyIfAlias}, nothing is written when {@code index} is no alias (rather than creating an index). */
    private Uni<Void> bulk(String index, List<NurseryDocument> documents, boolean onlyIfAlias) {
        BulkRequest.Builder request = new BulkRequest.Builder().index(index).requireAlias(onlyIfAlias);
        long now = clock.millis();
        for (NurseryDocument unstamped : documents) {
            NurseryDocument document = unstamped.indexedAt(now);
            request.operations(op -> op.index(i -> i.id(document.id()).document(document)
                    .version(document.version()).versionType(VersionType.External)));
        }
        Uni<co.elastic.clients.elasticsearch.core.BulkResponse> sent = call(() -> client.bulk(request.build()));
        if (onlyIfAlias) {
            sent = sent.onFailure(NurseryIndex::notFound).recoverWithNull();
        }
        return sent.invoke(response -> {
            if (response == null || !response.errors()) {
                return;
            }
            for (BulkResponseItem item : response.items()) {
                // 409: the index already holds this version or a newer one; that is success for us.
                // 404 with onlyIfAlias: no rebuild is running.
                if (item.error() != null && item.status() != 409 && !(onlyIfAlias && item.status() == 404)) {
                    throw new SearchIndexException("Indexing refused with status " + item.status() + " ("
                            + item.error().type() + ")");
                }
            }
        }).replaceWithVoid();
    }

    /**
     * Routes every replica's writes into {@code index} as well, until {@link #finishRebuild}. Called holding the
     * {@link RebuildLock}, so a copy the alias still names is left by a rebuild that died: it is dropped first.
     */
    Uni<Void> startRebuild(String index) {
        return call(() -> client.indices().existsAlias(e -> e.name(rebuildingAlias()))).chain(stale -> !stale.value()
                ? Uni.createFrom().voidItem()
                : call(() -> client.indices().getAlias(g -> g.name(rebuildingAlias()))).chain(copies -> {
                    List<String> dead = List.copyOf(copies.aliases().keySet());
                    LOG.warnf("Dropping %s, left by a rebuild that did not finish", dead);
                    return call(() -> client.indices().delete(d -> d.index(dead))).replaceWithVoid();
                })).chain(() -> call(() -> client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add
                        .index(index).alias(rebuildingAlias())))))).replaceWithVoid();
    }

    /**
     * Points the alias at the rebuilt index and ends the double writes in one atomic step, then drops the indices the
     * alias pointed at before (best effort: once swapped, the rebuild has succeeded).
     */
    Uni<Void> finishRebuild(String index) {
        return call(() -> client.indices().getAlias(g -> g.name(alias()))).chain(current -> {
            List<String> previous = current.aliases().keySet().stream().filter(name -> !name.equals(index)).toList();
            return call(() -> client.indices().updateAliases(u -> {
                u.actions(a -> a.add(add -> add.index(index).alias(alias())));
                u.actions(a -> a.remove(r -> r.index(index).alias(rebuildingAlias())));
                previous.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias()))));
                return u;
            })).chain(() -> previous.isEmpty() ? Uni.createFrom().voidItem()
                    : call(() -> client.indices().delete(d -> d.index(previous))).replaceWithVoid()
                            .onFailure().invoke(failure -> LOG.warnf("Old search index %s not deleted (%s)", previous,
                                    failure.getClass().getSimpleName()))
                            .onFailure().recoverWithNull());
        });
    }

    /** A rebuild that failed before its swap: its copy (and with it the rebuilding alias) goes. */
    Uni<Void> abandonRebuild(String index) {
        return call(() -> client.indices().delete(d -> d.index(index))).replaceWithVoid().onFailure().recoverWithNull();
    }

    Uni<Void> refresh(String index) {
        return call(() -> client.indices().refresh(r -> r.index(index))).replaceWithVoid();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mapping() {
        try (InputStream stream = NurseryIndex.class.getResourceAsStream(MAPPING)) {
            if (stream == null) {
                throw new IOException("Missing " + MAPPING);
            }
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Raised when Elasticsearch refuses documents for a reason a retry may fix (e.g. a red cluster). */
    public static class SearchIndexException extends RuntimeException {
        SearchIndexException(String message) {
            super(message);
        }
    }
}
