package com.tuoyu.directory.alert;

import com.tuoyu.directory.alert.dto.AlertAreaRequest;
import com.tuoyu.directory.alert.dto.VacancyAlertList;
import com.tuoyu.directory.alert.dto.VacancyAlertRequest;
import com.tuoyu.directory.alert.dto.VacancyAlertView;
import com.tuoyu.directory.nursery.NurseryGlances;
import com.tuoyu.directory.nursery.dto.NurseryGlance;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.text.PublicTerm;
import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.saved.SavedNurseryService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A parent's vacancy alerts: made for a saved nursery or an area, listed with their expiry, renewed, given WeChat
 * consents, and removed (unsubscribed). Another parent's alert is answered as unknown.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class VacancyAlertService {

    private final VacancyAlertRepository alerts;
    private final SavedNurseryService saved;
    private final NurseryGlances glances;
    private final AlertConfig config;
    private final Clock clock;

    /** Ends every alert of the parent (the account is being deleted); answers how many. */
    @WithTransaction
    public Uni<Long> forget(String parentId) {
        return alerts.delete("parentId", parentId);
    }

    @WithSession
    public Uni<VacancyAlertList> list(String parentId) {
        return alerts.listOf(parentId).chain(this::views)
                .map(items -> new VacancyAlertList(config.wechat().templateId().orElse(null), items.size(),
                        config.maxPerParent(), items));
    }

    @WithTransaction
    public Uni<VacancyAlertView> create(String parentId, VacancyAlertRequest request) {
        VacancyAlert alert;
        try {
            alert = alertFrom(parentId, request);
        } catch (ProblemException e) {
            return Uni.createFrom().failure(e);
        }
        Uni<Void> target = alert.nurseryId == null ? Uni.createFrom().voidItem()
                : saved.isSaved(parentId, alert.nurseryId).chain(isSaved -> isSaved ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(unprocessable("nurseryId", Text.of(
                                "只能订阅已收藏的托育机构：请先收藏这家机构，再订阅空位提醒。",
                                "Alerts are for saved nurseries only: save this nursery first, then subscribe."))));
        return target.chain(() -> alerts.lockListOf(parentId)).chain(() -> alerts.countOf(parentId)).chain(count -> {
            if (count >= config.maxPerParent()) {
                return Uni.createFrom().failure(unprocessable("nurseryId", Text.of(
                        "最多订阅 " + config.maxPerParent() + " 条空位提醒，已达上限。请先取消不再需要的提醒（已过期的可优先删除）。",
                        "At most " + config.maxPerParent() + " vacancy alerts; the limit is reached. Remove one you no "
                                + "longer need (expired ones first).")));
            }
            return alerts.persist(alert).chain(this::view);
        });
    }

    /** Unsubscribes: nothing more is sent for it, whatever was already decided. Not an error when already gone. */
    @WithTransaction
    public Uni<Void> remove(String parentId, UUID id) {
        return alerts.delete("id = ?1 and parentId = ?2", id, parentId).replaceWithVoid();
    }

    /** Another {@link AlertConfig#lifetime()} from now, also for an alert that has already ended. */
    @WithTransaction
    public Uni<VacancyAlertView> renew(String parentId, UUID id) {
        // Column updates, not the whole row: a message being sent meanwhile spends a consent on its own connection.
        return own(parentId, id).chain(alert -> alerts.update("expiresAt = ?1 where id = ?2",
                        clock.instant().plus(config.lifetime()), id))
                .chain(() -> reread(parentId, id)).chain(this::view);
    }

    /** One more WeChat message allowed: the parent accepted the vacancy template in wx.requestSubscribeMessage. */
    @WithTransaction
    public Uni<VacancyAlertView> addConsent(String parentId, UUID id, String templateId) {
        return checkTemplate(templateId).chain(() -> own(parentId, id))
                .chain(alert -> alerts.update("wechatConsents = wechatConsents + 1 where id = ?1", id))
                .chain(() -> reread(parentId, id)).chain(this::view);
    }

    private Uni<VacancyAlert> own(String parentId, UUID id) {
        return alerts.findOwn(parentId, id).chain(alert -> alert != null ? Uni.createFrom().item(alert)
                : Uni.createFrom().failure(ProblemException.notFound("你没有编号为 " + id + " 的空位提醒。",
                        "You have no vacancy alert " + id + ".")));
    }

    /** The row as the update left it (the session's copy predates it). */
    private Uni<VacancyAlert> reread(String parentId, UUID id) {
        return own(parentId, id).chain(alert -> alerts.getSession().chain(session -> session.refresh(alert)).replaceWith(alert));
    }

    private Uni<Void> checkTemplate(String templateId) {
        ProblemException problem = templateProblem(templateId);
        return problem == null ? Uni.createFrom().voidItem() : Uni.createFrom().failure(problem);
    }

    /** Null when {@code templateId} is the configured vacancy template. */
    private ProblemException templateProblem(String templateId) {
        if (config.wechat().templateId().isEmpty()) {
            return new ProblemException(ProblemType.NOT_CONFIGURED, Text.of(
                    "本服务尚未配置空位提醒的微信订阅消息模板；提醒将以短信发送给只用手机号登录的家长。",
                    "WeChat vacancy messages are not set up on this service (no template); parents signed in by "
                            + "phone only get text messages."));
        }
        if (!config.wechat().templateId().get().equals(templateId)) {
            return unprocessable("templateId", Text.of(
                    "不是空位提醒的订阅消息模板；请用提醒列表中的 wechatTemplateId 调用 wx.requestSubscribeMessage。",
                    "This is not the vacancy alert template; call wx.requestSubscribeMessage with the list's wechatTemplateId."));
        }
        return null;
    }

    private VacancyAlert alertFrom(String parentId, VacancyAlertRequest request) {
        if ((request.nurseryId() == null) == (request.area() == null)) {
            throw ProblemException.invalidParameter("nurseryId", "请给出已收藏机构的 nurseryId 或一个区域 area，二者只能选一",
                    "give either the nurseryId of a saved nursery or an area, not both");
        }
        if ((request.childBirthMonth() == null) == (request.childAgeMonths() == null)) {
            throw ProblemException.invalidParameter("childBirthMonth", "请给出孩子的出生年月 childBirthMonth 或月龄 childAgeMonths，二者只能选一",
                    "give either the child's birth month (childBirthMonth) or age in months (childAgeMonths), not both");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate birthMonth = request.childBirthMonth() != null ? YearMonth.parse(request.childBirthMonth()).atDay(1)
                : ChildAge.birthMonthOf(request.childAgeMonths(), today);
        int age = ChildAge.monthsOn(birthMonth, today);
        if (age < 0 || age >= 36) {
            throw ProblemException.invalidParameter("childBirthMonth", "孩子须在 0 到 35 个月之间（出生年月不能晚于本月）",
                    "the child must be 0 to 35 months old (the birth month cannot be after this month)");
        }
        ProblemException template = request.wechatTemplateId() == null ? null : templateProblem(request.wechatTemplateId());
        if (template != null) {
            throw template;
        }
        VacancyAlert alert = new VacancyAlert();
        alert.id = UUID.randomUUID();
        alert.parentId = parentId;
        alert.childBirthMonth = birthMonth;
        alert.careType = request.careType();
        alert.wechatConsents = request.wechatTemplateId() == null ? 0 : 1;
        alert.createdAt = clock.instant();
        alert.expiresAt = alert.createdAt.plus(config.lifetime());
        if (request.nurseryId() != null) {
            alert.kind = VacancyAlert.Kind.NURSERY;
            alert.nurseryId = request.nurseryId();
        } else {
            AlertAreaRequest area = request.area();
            if (area.radius() > config.maxRadiusMetres()) {
                throw ProblemException.invalidParameter("area.radius", "必须在 100 到 " + config.maxRadiusMetres() + " 米之间",
                        "must be between 100 and " + config.maxRadiusMetres() + " metres");
            }
            GeoPoint point = CoordinateSystem.fromParameter(area.coord()).toWgs84(area.lat(), area.lng()).rounded();
            alert.kind = VacancyAlert.Kind.AREA;
            alert.latitude = point.latitude();
            alert.longitude = point.longitude();
            alert.radiusMetres = area.radius();
        }
        return alert;
    }

    private Uni<VacancyAlertView> view(VacancyAlert alert) {
        return views(List.of(alert)).map(list -> list.get(0));
    }

    /** Views of many alerts in a fixed number of queries: the nurseries' names and the last message of each. */
    private Uni<List<VacancyAlertView>> views(List<VacancyAlert> rows) {
        List<UUID> nurseryIds = rows.stream().map(a -> a.nurseryId).filter(java.util.Objects::nonNull).distinct().toList();
        List<UUID> ids = rows.stream().map(a -> a.id).toList();
        return glances.of(nurseryIds).chain(names -> lastNotified(ids).map(last -> rows.stream()
                .map(a -> toView(a, a.nurseryId == null ? null : names.get(a.nurseryId), last.get(a.id))).toList()));
    }

    private Uni<Map<UUID, Instant>> lastNotified(List<UUID> alertIds) {
        if (alertIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return alerts.getSession().chain(session -> session.createNativeQuery(
                        "select alert_id, max(recorded_at) from vacancy_alert_delivery where alert_id in (:ids) "
                                + "and outcome = 'SENT' group by alert_id", Object[].class)
                .setParameter("ids", alertIds).getResultList())
                .map(result -> {
                    Map<UUID, Instant> last = new HashMap<>();
                    result.forEach(row -> last.put((UUID) row[0], instant(row[1])));
                    return last;
                });
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : value instanceof Instant i ? i
                : value instanceof java.sql.Timestamp t ? t.toInstant() : null;
    }

    private VacancyAlertView toView(VacancyAlert a, NurseryGlance nursery, Instant lastNotifiedAt) {
        Instant now = clock.instant();
        VacancyAlertView.Area area = a.kind == VacancyAlert.Kind.AREA
                ? new VacancyAlertView.Area(a.latitude, a.longitude, a.radiusMetres, "wgs84") : null;
        return new VacancyAlertView(a.id.toString(), a.kind.name(), a.nurseryId == null ? null : a.nurseryId.toString(),
                nursery == null ? null : nursery.name(), area, YearMonth.from(a.childBirthMonth).toString(),
                ChildAge.monthsOn(a.childBirthMonth, LocalDate.now(clock)),
                a.careType.term(), a.activeAt(now) ? "ACTIVE" : "EXPIRED",
                a.createdAt, a.expiresAt, a.wechatConsents, lastNotifiedAt);
    }

    private static ProblemException unprocessable(String field, Text message) {
        return ProblemException.unprocessable(message, List.of(new FieldText(field, message)));
    }
}
