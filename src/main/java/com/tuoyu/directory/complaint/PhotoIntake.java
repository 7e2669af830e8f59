package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.images.ImageType;
import com.tuoyu.directory.platform.images.MetadataStripper;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.storage.ObjectStorage;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Checks complaint photos by their content (JPEG, PNG or HEIC; size-capped), strips identifying metadata, and
 * stores them before the complaint commits; if the commit fails they are deleted again, so a photo is never
 * half-attached.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class PhotoIntake {

    public static final int MAX_PHOTOS = 6;

    /** A photo ready to be stored: checked, stripped, with its storage key. */
    public record PreparedPhoto(UUID id, String storageKey, ImageType type, byte[] content, String sha256) {
    }

    private final ObjectStorage storage;
    private final ComplaintConfig config;

    public List<PreparedPhoto> prepare(List<byte[]> uploads) {
        return prepare(uploads, 0);
    }

    /**
     * Checks and strips photos added to a complaint that already has {@code stored} ones (an answer to a request for
     * information): the same checks as at intake, and at most {@link #MAX_PHOTOS} in all.
     */
    public List<PreparedPhoto> prepare(List<byte[]> uploads, long stored) {
        if (stored + uploads.size() > MAX_PHOTOS) {
            throw stored == 0 ? ProblemException.invalidParameter("photos", "每件投诉最多 " + MAX_PHOTOS + " 张照片",
                    "at most " + MAX_PHOTOS + " photos per complaint")
                    : ProblemException.invalidParameter("photos", "每件投诉最多 " + MAX_PHOTOS + " 张照片，这件投诉已有 "
                            + stored + " 张", "at most " + MAX_PHOTOS + " photos per complaint; this one has " + stored);
        }
        List<PreparedPhoto> prepared = new ArrayList<>();
        List<FieldText> errors = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            byte[] upload = uploads.get(i);
            String field = "photos[" + i + "]";
            if (upload.length > config.maxPhotoBytes()) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("第 " + (i + 1) + " 张照片超过 "
                        + config.maxPhotoBytes() / (1024 * 1024) + " MB；请换一张小一些的。", "Photo " + (i + 1) + " is larger than "
                        + config.maxPhotoBytes() / (1024 * 1024) + " MB; send a smaller one."),
                        List.of(FieldText.of(field, "太大", "too large")));
            }
            ImageType type = ImageType.detect(upload);
            if (type == null) {
                errors.add(FieldText.of(field, "不是 JPEG、PNG 或 HEIC 图片", "is not a JPEG, PNG or HEIC image"));
                continue;
            }
            try {
                byte[] clean = MetadataStripper.strip(type, upload);
                UUID id = UUID.randomUUID();
                prepared.add(new PreparedPhoto(id, "complaints/" + id + "." + type.name().toLowerCase(java.util.Locale.ROOT),
                        type, clean, sha256(clean)));
            } catch (MetadataStripper.UnreadableImageException e) {
                errors.add(FieldText.of(field, "无法作为 " + type + " 图片读取", "could not be read as a " + type + " image"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, Text.of(
                    "照片必须是 JPEG、PNG 或 HEIC 图片（按内容而不是文件名检查）。",
                    "Photos must be JPEG, PNG or HEIC images (checked by content, not by name)."), errors);
        }
        return prepared;
    }

    /** Stores the photos, then runs the commit; if it fails, the stored photos are deleted again. */
    public <T> Uni<T> storeThen(List<PreparedPhoto> photos, java.util.function.Supplier<Uni<T>> commit) {
        if (photos.isEmpty()) {
            return commit.get();
        }
        return Multi.createFrom().iterable(photos)
                .onItem().transformToUniAndConcatenate(p -> storage.put(p.storageKey(), p.content(), p.type().mediaType()))
                .collect().last()
                .chain(stored -> commit.get())
                .onFailure().call(() -> discard(photos));
    }

    public Uni<byte[]> read(String storageKey) {
        return storage.get(storageKey);
    }

    private Uni<Void> discard(List<PreparedPhoto> photos) {
        return Multi.createFrom().iterable(photos)
                .onItem().transformToUniAndConcatenate(p -> storage.delete(p.storageKey()).onFailure().recoverWithNull())
                .collect().last().replaceWithVoid();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
