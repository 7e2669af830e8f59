package com.tuoyu.directory.complaint;

import lombok.RequiredArgsConstructor;
import lombok.AccessLevel;

import com.tuoyu.directory.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Reading a complaint's stored photos, for its parent and for handlers; who may see them the callers decide. */
@ApplicationScoped
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ComplaintPhotos {

    /** A photo's media type and bytes. */
    record StoredPhoto(String contentType, byte[] content) {
    }

    private final ComplaintPhotoRepository photoRows;
    private final PhotoIntake photoIntake;

    /** A stored photo of a complaint; 404 when the complaint has no such photo. */
    Uni<StoredPhoto> photo(UUID complaintId, UUID photoId) {
        return photoRows.find("id = ?1 and complaintId = ?2", photoId, complaintId).firstResult().chain(row -> {
            if (row == null) {
                return Uni.createFrom().failure(ProblemException.notFound("这件投诉没有照片 " + photoId + "。", "This complaint has no photo " + photoId + "."));
            }
            return photoIntake.read(row.storageKey).map(bytes -> new StoredPhoto(row.contentType, bytes));
        });
    }

    Uni<Long> count(UUID complaintId) {
        return photoRows.count("complaintId", complaintId);
    }

    /** Records photos already in storage after the {@code stored} ones the complaint has. */
    Uni<Void> add(UUID complaintId, List<PhotoIntake.PreparedPhoto> prepared, long stored) {
        List<ComplaintPhoto> rows = new java.util.ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            PhotoIntake.PreparedPhoto photo = prepared.get(i);
            ComplaintPhoto row = new ComplaintPhoto();
            row.id = photo.id();
            row.complaintId = complaintId;
            row.storageKey = photo.storageKey();
            row.contentType = photo.type().mediaType();
            row.sizeBytes = photo.content().length;
            row.sha256 = photo.sha256();
            row.position = (short) (stored + i);
            rows.add(row);
        }
        return photoRows.persist(rows).replaceWithVoid();
    }

    /** The ids of a complaint's photos, in the order the parent sent them. */
    Uni<List<UUID>> photoIds(UUID complaintId) {
        return photoRows.list("complaintId = ?1 order by position", complaintId)
                .map(rows -> rows.stream().map(row -> row.id).toList());
    }
}
