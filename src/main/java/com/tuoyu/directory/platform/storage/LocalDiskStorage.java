package com.tuoyu.directory.platform.storage;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Files on local disk, written to a temporary name and renamed into place so a reader never sees half a file.
 * The default store; production configures an S3-compatible one.
 */
public class LocalDiskStorage implements ObjectStorage {

    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9/_.-]{1,200}");

    private final Vertx vertx;
    private final Path root;

    public LocalDiskStorage(Vertx vertx, StorageConfig config) {
        this.vertx = vertx;
        this.root = Path.of(config.localDirectory()).toAbsolutePath();
    }

    @Override
    public Uni<Void> put(String key, byte[] content, String contentType) {
        Path target = resolve(key);
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        return vertx.fileSystem().mkdirs(target.getParent().toString())
                .chain(() -> vertx.fileSystem().writeFile(temporary.toString(), Buffer.buffer(content)))
                .chain(() -> vertx.fileSystem().move(temporary.toString(), target.toString(),
                        new io.vertx.core.file.CopyOptions().setReplaceExisting(true).setAtomicMove(true)));
    }

    @Override
    public Uni<byte[]> get(String key) {
        Path target = resolve(key);
        return vertx.fileSystem().exists(target.toString()).chain(exists -> exists
                ? vertx.fileSystem().readFile(target.toString()).map(Buffer::getBytes)
                : Uni.createFrom().nullItem());
    }

    @Override
    public Uni<Void> delete(String key) {
        Path target = resolve(key);
        return vertx.fileSystem().exists(target.toString()).chain(exists -> exists
                ? vertx.fileSystem().delete(target.toString()) : Uni.createFrom().voidItem());
    }

    private Path resolve(String key) {
        if (!SAFE_KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("Unsafe storage key");
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Unsafe storage key");
        }
        return path;
    }

}
