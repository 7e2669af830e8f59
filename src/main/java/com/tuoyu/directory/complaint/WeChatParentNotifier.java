package com.tuoyu.directory.complaint;

import lombok.RequiredArgsConstructor;
import lombok.AccessLevel;

import com.tuoyu.directory.identity.WeChatMessaging;
import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Production notifier: a WeChat subscribe message (订阅消息) per status change, with a template per kind of change
 * ({@code nursery.complaints.wechat.<kind>.id}). The message carries the tracking number, a short status,
 * the time and a fixed remark: nothing the parent wrote, nothing about the nursery's staff, no contact data.
 * Parents who signed in by SMS only have no WeChat link and get nothing; they follow the complaint in the app.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WeChatParentNotifier implements ParentNotifier {

    private static final Logger LOG = Logger.getLogger(WeChatParentNotifier.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(WorkingDayCalendar.CHINA);

    /** Kind of notification → [status phrase, remark]. */
    private static final Map<String, String[]> TEXTS = Map.of(
            "ACCEPTED", new String[]{"已受理", "您的投诉已受理，点击查看办理进度"},
            "REJECTED", new String[]{"不予受理", "投诉未予受理，点击查看原因"},
            "INFO_REQUESTED", new String[]{"待补充", "请补充投诉的相关信息"},
            "REPLIED", new String[]{"有新回复", "处理人员回复了您的投诉"},
            "ESCALATED", new String[]{"已上报", "投诉已上报上级部门办理"},
            "RESOLVED", new String[]{"已办结", "投诉已办结，欢迎评价"});

    private final WeChatMessaging wechat;
    private final ComplaintConfig.WeChat config;
    private final Clock clock;

    /** The kind of notification, which selects the template: by the handler's action, else by the new status. */
    static String kind(ComplaintNotifications.Payload payload) {
        if (payload.action() != null) {
            switch (payload.action()) {
                case "ACCEPT", "RETURN_TO_HANDLER" -> {
                    return "ACCEPTED";
                }
                case "REJECT" -> {
                    return "REJECTED";
                }
                case "REQUEST_INFO" -> {
                    return "INFO_REQUESTED";
                }
                case "REPLY" -> {
                    return "REPLIED";
                }
                case "ESCALATE" -> {
                    return "ESCALATED";
                }
                case "RESOLVE" -> {
                    return "RESOLVED";
                }
                default -> {
                }
            }
        }
        return payload.status();
    }

    @Override
    public Uni<NotificationOutcome> notify(Notification notification) {
        ComplaintNotifications.Payload payload = notification.payload();
        String kind = kind(payload);
        ComplaintConfig.Template template = template(kind);
        if (template == null || template.id().isEmpty()) {
            LOG.debugf("Notification %d: no WeChat template for %s; not sent", notification.deliveryId(), kind);
            return Uni.createFrom().item(NotificationOutcome.NO_TEMPLATE);
        }
        String[] texts = TEXTS.getOrDefault(kind, new String[]{"处理中", "您的投诉有新进展"});
        Instant at = payload.occurredAt() == null ? clock.instant() : payload.occurredAt();
        Map<String, String> data = new LinkedHashMap<>();
        put(data, template.trackingNumber().orElse("character_string1"), payload.trackingNumber());
        put(data, template.status().orElse("phrase2"), texts[0]);
        put(data, template.time().orElse("time3"), TIME.format(at));
        put(data, template.remark().orElse("thing4"), texts[1]);
        String page = config.page() + "?id=" + notification.complaintId();
        return wechat.sendSubscribeMessage(payload.parentId(),
                        new WeChatMessaging.Message(template.id().get(), page, config.miniprogramState(), data))
                .map(outcome -> switch (outcome) {
                    case SENT -> NotificationOutcome.SENT;
                    case NO_WECHAT -> NotificationOutcome.NO_WECHAT;
                    case REFUSED, INVALID_RECIPIENT -> NotificationOutcome.REFUSED;
                });
    }

    private ComplaintConfig.Template template(String kind) {
        return switch (kind) {
            case "ACCEPTED" -> config.accepted();
            case "REJECTED" -> config.rejected();
            case "INFO_REQUESTED" -> config.infoRequested();
            case "REPLIED" -> config.replied();
            case "ESCALATED" -> config.escalated();
            case "RESOLVED" -> config.resolved();
            default -> null;
        };
    }

    private static void put(Map<String, String> data, String keyword, String value) {
        if (!"-".equals(keyword)) {
            data.put(keyword, WeChatFields.fit(keyword, value));
        }
    }
}
