package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.nursery.dto.AdminMaterial;
import com.tuoyu.directory.nursery.dto.AdminMaterials;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.images.ImageType;
import com.tuoyu.directory.platform.images.MetadataStripper;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.storage.ObjectStorage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The documents filed with a filing application: uploads checked by content, the checklist they make, and audited
 * downloads. The files live in the object storage, their rows in the database; each read is audited because staff
 * documents hold personal data.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class FilingMaterialService {

    /** One document to be filed, as received. */
    public record Upload(MaterialKind kind, String documentNumber, LocalDate issuedOn, LocalDate validUntil,
                         byte[] content) {
    }

    /** A filing document read back from storage. */
    public record StoredDocument(String contentType, String fileName, byte[] content) {
    }

    private final DistrictScope scope;
    private final FilingMaterialRepository materials;
    private final FilingConfig config;
    private final ObjectStorage storage;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * Files a document of the materials checklist: checked by content (PDF, JPEG or PNG; size-capped; images lose
     * their metadata), stored before the row commits and deleted again if it does not.
     */
    public Uni<AdminMaterial> upload(Caller officer, UUID nurseryId, Upload upload) {
        Optional<ProblemException> invalid = invalid(upload);
        if (invalid.isPresent()) {
            return Uni.createFrom().failure(invalid.get());
        }
        DocumentType type = DocumentType.detect(upload.content());
        if (type == null) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, Text.of(
                    "备案材料必须是 PDF、JPEG 或 PNG 文件（按内容而不是文件名检查）。",
                    "Filing documents must be PDF, JPEG or PNG files (checked by content, not by name)."),
                    List.of(FieldText.of("file", "不是 PDF、JPEG 或 PNG 文件", "is not a PDF, JPEG or PNG file"))));
        }
        byte[] content;
        try {
            content = type == DocumentType.PDF ? upload.content()
                    : MetadataStripper.strip(type == DocumentType.JPEG ? ImageType.JPEG : ImageType.PNG, upload.content());
        } catch (MetadataStripper.UnreadableImageException e) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, Text.of(
                    "无法作为图片读取该文件；请发送 PDF、JPEG 或 PNG。", "The file could not be read as an image; send a PDF, JPEG or PNG."),
                    List.of(FieldText.of("file", "不是可读取的图片", "is not a readable image"))));
        }
        UUID id = UUID.randomUUID();
        String key = "filings/" + nurseryId + "/" + id + "." + type.extension();
        String sha256 = sha256(content);
        Instant now = clock.instant();
        // Refuse before storing anything when the nursery is not the caller's; checked again in the transaction.
        return Panache.withSession(() -> scope.nursery(officer, nurseryId))
                .chain(() -> storage.put(key, content, type.mediaType()))
                .chain(() -> Panache.withTransaction(() -> scope.nursery(officer, nurseryId)
                        .chain(nursery -> scope.filingOf(nursery).chain(filing -> {
                            FilingMaterial material = new FilingMaterial();
                            material.id = id;
                            material.filingId = filing.id;
                            material.kind = upload.kind();
                            material.documentNumber = upload.documentNumber() == null || upload.documentNumber().isBlank()
                                    ? null : upload.documentNumber().strip();
                            material.issuedOn = upload.issuedOn();
                            material.validUntil = upload.validUntil();
                            material.storageKey = key;
                            material.contentType = type.mediaType();
                            material.sizeBytes = content.length;
                            material.sha256 = sha256;
                            material.uploadedAt = now;
                            material.uploadedBy = officer.id();
                            return materials.persist(material)
                                    .chain(() -> audit.record(officer, "FILING_MATERIAL_UPLOADED", "nursery",
                                            nurseryId.toString(), null, material.kind.name() + " " + material.id, null))
                                    .replaceWith(material);
                        })))
                        .onFailure().call(() -> storage.delete(key).onFailure().recoverWithNull()))
                .map(material -> FilingViews.material(material, LocalDate.now(clock)));
    }

    /** The filing's documents and the checklist computed from them today. */
    @WithSession
    public Uni<AdminMaterials> materials(Caller staff, UUID nurseryId) {
        LocalDate today = LocalDate.now(clock);
        return scope.nursery(staff, nurseryId).chain(nursery -> scope.filingOf(nursery).chain(filing -> materials
                .list("filingId = ?1 order by kind, uploadedAt", filing.id).map(documents -> {
                    List<MaterialChecklist.Line> lines = FilingViews.checklist(nursery, documents, today);
                    return new AdminMaterials(MaterialChecklist.complete(lines),
                            lines.stream().map(FilingViews::checklistItem).toList(),
                            documents.stream().map(d -> FilingViews.material(d, today)).toList());
                })));
    }

    /** One filing document, for staff of the nursery's districts; each read is audited. */
    @WithTransaction
    public Uni<StoredDocument> document(Caller staff, UUID nurseryId, UUID materialId) {
        return scope.nursery(staff, nurseryId).chain(scope::filingOf)
                .chain(filing -> materials.findById(materialId).chain(material -> {
                    if (material == null || !material.filingId.equals(filing.id)) {
                        return Uni.createFrom().failure(ProblemException.notFound("托育机构 " + nurseryId + " 没有备案材料 " + materialId + "。",
                                "There is no filing document " + materialId + " of nursery " + nurseryId + "."));
                    }
                    return audit.record(staff, "FILING_MATERIAL_READ", "nursery", nurseryId.toString(), null,
                                    material.kind.name() + " " + material.id, null)
                            .chain(() -> storage.get(material.storageKey))
                            .chain(bytes -> bytes == null
                                    ? Uni.createFrom().failure(ProblemException.notFound("备案材料 " + materialId + " 的文件已不在存储中。",
                                            "The file of filing document " + materialId + " is gone from storage."))
                                    : Uni.createFrom().item(stored(material, bytes)));
                }));
    }

    private static StoredDocument stored(FilingMaterial material, byte[] bytes) {
        DocumentType type = DocumentType.fromMediaType(material.contentType);
        String name = material.kind.name().toLowerCase(Locale.ROOT) + "-" + material.id
                + "." + (type == null ? "bin" : type.extension());
        return new StoredDocument(material.contentType, name, bytes);
    }

    /** What is wrong with the upload apart from its content type, in the order the officer should fix it. */
    private Optional<ProblemException> invalid(Upload upload) {
        if (upload.kind() == null) {
            return Optional.of(ProblemException.invalidParameter("kind",
                    "必须填写，取值为 " + Arrays.toString(MaterialKind.values()) + " 之一", "is required: one of " + Arrays.toString(MaterialKind.values())));
        }
        if (upload.content() == null || upload.content().length == 0) {
            return Optional.of(ProblemException.invalidParameter("file",
                    "必须上传扫描件（PDF、JPEG 或 PNG）", "is required: the scanned document (PDF, JPEG or PNG)"));
        }
        if (upload.content().length > config.maxDocumentBytes()) {
            return Optional.of(new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("材料超过 "
                    + config.maxDocumentBytes() / (1024 * 1024) + " MB；请发送小一些的扫描件。", "The document is larger than "
                    + config.maxDocumentBytes() / (1024 * 1024) + " MB; send a smaller scan."),
                    List.of(FieldText.of("file", "太大", "too large"))));
        }
        if (upload.documentNumber() != null && upload.documentNumber().length() > 60) {
            return Optional.of(ProblemException.invalidParameter("documentNumber", "最多 60 个字符", "must be at most 60 characters"));
        }
        LocalDate today = LocalDate.now(clock);
        if (upload.issuedOn() != null && upload.issuedOn().isAfter(today)) {
            return Optional.of(ProblemException.invalidParameter("issuedOn", "不能晚于今天", "must not be in the future"));
        }
        if (upload.issuedOn() != null && upload.validUntil() != null && upload.validUntil().isBefore(upload.issuedOn())) {
            return Optional.of(ProblemException.invalidParameter("validUntil", "不能早于 issuedOn", "must not be before issuedOn"));
        }
        return Optional.empty();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
