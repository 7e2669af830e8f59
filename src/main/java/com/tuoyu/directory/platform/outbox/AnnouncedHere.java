package com.tuoyu.directory.platform.outbox;

import java.util.Set;

/**
 * Fired on this replica once a request whose transaction announced changes has been answered, i.e. after its commit,
 * before the client reads the answer: what this replica's own caches can forget at once (read your own writes), while
 * other replicas learn of the change from the database. Carries each topic's ids; may also follow a rolled-back
 * request, so observers must only forget, never act.
 */
public record AnnouncedHere(String topic, Set<String> aggregateIds) {
}
