package com.tuoyu.directory.supervision;

import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;
import lombok.AccessLevel;

import com.tuoyu.directory.nursery.NurseriesInScope;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nursery.dto.ListedNursery;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.text.JsonText;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The steps every supervision record goes through when it is appended or corrected: the nursery must be listed in
 * the caller's districts, dates may not lie ahead, a correction states its reason, and every write is audited with
 * its before and after and announced through the outbox (the public page and the search index follow).
 */
@ApplicationScoped
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RecordWriter {

    /** How one kind of record is made, filled from a request and shown to supervisors. */
    record Kind<E extends NurseryRecord, R, A>(String action, String subjectType, String what,
                                               PanacheRepositoryBase<E, UUID> rows, Supplier<E> create,
                                               BiConsumer<E, R> apply, Function<E, A> toAdmin) {
    }

    private final NurseriesInScope nurseries;
    private final NurseryService changes;
    private final AuditLog audit;
    private final JsonText json;
    private final Clock clock;

    /** Appends a record of this kind to the nursery. */
    <E extends NurseryRecord, R, A> Uni<A> add(Caller caller, UUID nurseryId, Kind<E, R, A> kind, R request) {
        UUID id = UUID.randomUUID();
        return nurseries.listed(caller, nurseryId).chain(n -> {
            E row = kind.create().get();
            row.id = id;
            row.nurseryId = nurseryId;
            kind.apply().accept(row, request);
            return kind.rows().persist(row).map(kind.toAdmin());
        }).call(after -> changed(caller, kind.action() + "_RECORDED", kind.subjectType(), id, nurseryId,
                null, json.write(after), null));
    }

    /** Corrects a record of this kind that belongs to the nursery, with the reason the request states. */
    <E extends NurseryRecord, R, A> Uni<A> correct(Caller caller, UUID nurseryId, UUID id, Kind<E, R, A> kind,
                                                  R request, String correctionReason) {
        return reason(correctionReason).chain(reason -> nurseries.listed(caller, nurseryId)
                .chain(n -> owned(kind.rows().findById(id), nurseryId, kind.what(), id))
                .chain(row -> {
                    String before = json.write(kind.toAdmin().apply(row));
                    kind.apply().accept(row, request);
                    A after = kind.toAdmin().apply(row);
                    return changed(caller, kind.action() + "_CORRECTED", kind.subjectType(), id, nurseryId, before,
                            json.write(after), reason).replaceWith(after);
                }));
    }

    /** The listed nursery in the caller's districts, else a not-found problem. */
    Uni<ListedNursery> listed(Caller caller, UUID nurseryId) {
        return nurseries.listed(caller, nurseryId);
    }

    /** Audits the change and announces it: the nursery's version grows and the outbox carries it to the index. */
    Uni<Void> changed(Caller caller, String action, String subjectType, UUID subjectId, UUID nurseryId,
                      String before, String after, String reason) {
        return audit.record(caller, action, subjectType, subjectId.toString(), before, after, reason)
                .chain(() -> changes.recordPublicChange(List.of(nurseryId)))
                .replaceWithVoid();
    }

    /** The record if it belongs to the nursery, else a not-found problem. */
    static <T extends NurseryRecord> Uni<T> owned(Uni<T> lookup, UUID nurseryId, String what, UUID id) {
        return lookup.chain(row -> row != null && row.nurseryId.equals(nurseryId)
                ? Uni.createFrom().item(row)
                : Uni.createFrom().failure(ProblemException.notFound("该托育机构没有" + inChinese(what) + " " + id + "。",
                        "The nursery has no " + what + " " + id + ".")));
    }

    /** The kinds of record of this package, named for the Chinese wording of a problem. */
    private static String inChinese(String what) {
        return switch (what) {
            case "quality assessment" -> "质量评估";
            case "penalty" -> "行政处罚记录";
            case "misconduct record" -> "违规行为记录";
            case "credit list entry" -> "信用名单记录";
            case "inspection" -> "检查记录";
            default -> "记录";
        };
    }

    /** Nothing, or a validation problem when the date lies after today (Beijing). */
    Uni<Void> notInFuture(String field, LocalDate date) {
        return date != null && date.isAfter(LocalDate.now(clock))
                ? Uni.createFrom().failure(ProblemException.invalidParameter(field, "不能晚于今天", "must not be in the future"))
                : Uni.createFrom().voidItem();
    }

    static Uni<String> reason(String reason) {
        return reason == null || reason.isBlank()
                ? Uni.createFrom().failure(ProblemException.invalidParameter("correctionReason", "更正记录时必须填写",
                        "is required to correct a record"))
                : Uni.createFrom().item(reason.strip());
    }

    String write(Object value) {
        return json.write(value);
    }
}
