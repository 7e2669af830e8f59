package com.tuoyu.directory.platform.storage;

import io.smallrye.mutiny.Uni;

/**
 * Where uploaded files live: local disk in development and tests, an S3-compatible store in production. Keys are
 * opaque and chosen by the caller; a put is complete (or absent) when its Uni completes.
 */
public interface ObjectStorage {

    Uni<Void> put(String key, byte[] content, String contentType);

    /** The content, or null when there is none under the key. */
    Uni<byte[]> get(String key);

    Uni<Void> delete(String key);
}
