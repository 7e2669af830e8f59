package com.tuoyu.directory.nurserystaff;

import com.tuoyu.directory.platform.images.ImageType;
import com.tuoyu.directory.platform.images.MetadataStripper;
import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.storage.ObjectStorage;
import com.tuoyu.directory.platform.text.Text;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Photos of a nursery's page get the checks complaint photos get: recognised by content (JPEG, PNG or HEIC), at most
 * 5 MB, metadata (location, device) removed before storage. Stored before the row commits and deleted again if it
 * does not, so a row never points at nothing.
 */
@ApplicationScoped
@RequiredArgsConstructor
class PagePhotos {

    record Prepared(UUID id, String storageKey, ImageType type, byte[] content, String sha256) {
    }

    private final ObjectStorage storage;
    private final NurseryPageConfig config;
    private final Vertx vertx;

    /** Checks and strips an upload; the decoding runs on a worker thread, never on the event loop. */
    Uni<Prepared> prepare(UUID nurseryId, byte[] upload) {
        if (upload.length > config.maxPhotoBytes()) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of(
                    "照片超过 " + config.maxPhotoBytes() / (1024 * 1024) + " MB；请换一张小一些的。",
                    "The photo is larger than " + config.maxPhotoBytes() / (1024 * 1024) + " MB; send a smaller one."),
                    List.of(FieldText.of("photo", "太大", "too large"))));
        }
        ImageType type = ImageType.detect(upload);
        if (type == null) {
            return Uni.createFrom().failure(notAnImage("不是 JPEG、PNG 或 HEIC 图片", "is not a JPEG, PNG or HEIC image"));
        }
        return vertx.executeBlocking(() -> MetadataStripper.strip(type, upload), false)
                .onFailure(MetadataStripper.UnreadableImageException.class).transform(e -> notAnImage(
                        "无法作为 " + type + " 图片读取", "could not be read as a " + type + " image"))
                .map(clean -> {
                    UUID id = UUID.randomUUID();
                    return new Prepared(id, "nursery-photos/" + nurseryId + "/" + id + "." + type.name().toLowerCase(Locale.ROOT),
                            type, clean, sha256(clean));
                });
    }

    /** Stores the photo, then runs the commit; if the commit fails the stored photo is deleted again. */
    <T> Uni<T> storeThen(Prepared photo, Supplier<Uni<T>> commit) {
        return storage.put(photo.storageKey(), photo.content(), photo.type().mediaType())
                .chain(() -> commit.get())
                .onFailure().call(() -> storage.delete(photo.storageKey()).onFailure().recoverWithNull());
    }

    Uni<byte[]> read(String storageKey) {
        return storage.get(storageKey);
    }

    Uni<Void> delete(String storageKey) {
        return storage.delete(storageKey).onFailure().recoverWithNull().replaceWithVoid();
    }

    private static ProblemException notAnImage(String zh, String en) {
        return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, Text.of(
                "照片必须是 JPEG、PNG 或 HEIC 图片（按内容而不是文件名检查）。",
                "Photos must be JPEG, PNG or HEIC images (checked by content, not by name)."),
                List.of(FieldText.of("photo", zh, en)));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
