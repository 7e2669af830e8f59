package com.tuoyu.directory.platform.storage;

import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Chooses the object store from {@code nursery.storage.kind}: {@code local} or {@code s3}. */
@ApplicationScoped
class ObjectStorages {

    @Produces
    @Singleton
    ObjectStorage storage(StorageConfig config, Vertx vertx) {
        return switch (config.kind()) {
            case "local" -> new LocalDiskStorage(vertx, config);
            case "s3" -> new S3ObjectStorage(vertx, config.s3());
            default -> throw new IllegalStateException("nursery.storage.kind must be 'local' or 's3'");
        };
    }

    void close(@Disposes ObjectStorage storage) throws Exception {
        if (storage instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
