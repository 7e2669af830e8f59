package com.tuoyu.directory.complaint;

import com.tuoyu.directory.complaint.dto.AdminReplyTemplate;
import com.tuoyu.directory.complaint.dto.AdminReplyTemplateRecord;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.text.PublicTerm;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Reply templates: handlers read those of a category (and the general ones); supervisors keep them. */
@ApplicationScoped
@RequiredArgsConstructor
public class ReplyTemplateService {

    private final ReplyTemplateRepository templates;
    private final AuditLog audit;
    private final Clock clock;

    /** A category's own templates first, then the general ones, each by action and title. */
    @WithSession
    public Uni<List<AdminReplyTemplate>> list(ComplaintCategory category) {
        Uni<List<ReplyTemplate>> found = category == null ? templates.listAll()
                : templates.list("category is null or category = ?1", category);
        return found.map(list -> list.stream()
                .sorted(java.util.Comparator.comparing((ReplyTemplate t) -> t.category == null)
                        .thenComparing(t -> t.action.ordinal()).thenComparing(t -> t.title))
                .map(ReplyTemplateService::view).toList());
    }

    @WithTransaction
    public Uni<AdminReplyTemplate> create(Caller supervisor, AdminReplyTemplateRecord record) {
        ReplyTemplate template = new ReplyTemplate();
        template.id = UUID.randomUUID();
        return save(supervisor, template, record, "REPLY_TEMPLATE_CREATED").call(t -> templates.persist(t))
                .call(templates::flush).map(ReplyTemplateService::view);
    }

    @WithTransaction
    public Uni<AdminReplyTemplate> update(Caller supervisor, UUID id, AdminReplyTemplateRecord record) {
        if (record.version() == null) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("version", "修改模板时必须填写", "is required to update a template"));
        }
        return find(id).chain(template -> template.version != record.version()
                        ? Uni.createFrom().<ReplyTemplate>failure(ProblemException.conflict(
                                "这个模板已被他人修改（你看到的是第 " + record.version() + " 版，现在是第 " + template.version
                                        + " 版）；请重新打开后再改。", "Someone else changed this template (you have version "
                                        + record.version() + ", it is now " + template.version + "); open it again and redo your change."))
                        : save(supervisor, template, record, "REPLY_TEMPLATE_UPDATED"))
                .call(templates::flush).map(ReplyTemplateService::view);
    }

    @WithTransaction
    public Uni<Void> delete(Caller supervisor, UUID id) {
        return find(id).call(templates::delete).call(t -> audit.record(supervisor, "REPLY_TEMPLATE_DELETED",
                "reply_template", t.id.toString(), t.title, null, null)).replaceWithVoid();
    }

    private Uni<ReplyTemplate> find(UUID id) {
        return templates.findById(id).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("没有编号为 " + id + " 的答复模板。", "There is no reply template " + id + "."));
    }

    private Uni<ReplyTemplate> save(Caller supervisor, ReplyTemplate template, AdminReplyTemplateRecord record,
                                    String auditAction) {
        template.category = record.category();
        template.action = record.action();
        template.title = record.title().strip();
        template.body = record.text().strip();
        template.updatedAt = clock.instant();
        template.updatedBy = supervisor.id();
        return audit.record(supervisor, auditAction, "reply_template", template.id.toString(), null, template.title, null)
                .replaceWith(template);
    }

    private static AdminReplyTemplate view(ReplyTemplate t) {
        return new AdminReplyTemplate(t.id, t.category == null ? null : ComplaintTerms.category(t.category),
                t.action.term(), t.title, t.body, AdminComplaintViews.local(t.updatedAt),
                t.version);
    }
}
