package com.tuoyu.directory.alert;

import com.tuoyu.directory.identity.ParentChannels;
import com.tuoyu.directory.identity.WeChatMessaging;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.platform.outbox.OutboxHandler;
import com.tuoyu.directory.platform.outbox.OutboxMessage;
import com.tuoyu.directory.platform.text.JsonText;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends one vacancy alert: a WeChat subscribe message to a parent with a WeChat link (spending one of the
 * subscription's one-time consents), else an SMS from the configured template. The message says which nursery has a
 * place ("有空位") and links to its page: nothing about the child or the parent.
 *
 * <p>Checked at the moment of sending, not when the place opened: the subscription must still exist (an
 * unsubscribed parent hears nothing more) and be in force, and must not have had its message this Beijing day.
 * Each event is claimed before sending ({@link AlertDeliveries}), so a retried round never sends twice; a send
 * that failed and may be retried frees the claim and the consent again.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class AlertMessages implements OutboxHandler {

    /** One event per subscription to tell; aggregate: the subscription's id; payload {@link VacancyChanges.Due}. */
    public static final String TOPIC = "vacancy-alerts.due";
    /** The news, in the template's phrase keyword (at most 5 characters). */
    static final String NEWS = "有空位";

    private static final Logger LOG = Logger.getLogger(AlertMessages.class);
    /** WeChat cuts a thing keyword at 20 characters. */
    private static final int THING_LENGTH = 20;

    private final VacancyAlertRepository alerts;
    private final AlertDeliveries deliveries;
    private final NurseryService nurseries;
    private final WeChatMessaging wechat;
    private final ParentChannels channels;
    private final AlertConfig config;
    private final JsonText json;
    private final Clock clock;

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Uni<Void> deliver(List<OutboxMessage> messages) {
        return Multi.createFrom().iterable(messages).onItem().transformToUniAndConcatenate(this::deliverOnce)
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> deliverOnce(OutboxMessage message) {
        UUID alertId;
        UUID nurseryId;
        try {
            alertId = UUID.fromString(message.aggregateId());
            nurseryId = UUID.fromString(json.read(message.payload(), VacancyChanges.DUE).nurseryId());
        } catch (RuntimeException e) {
            LOG.warnf("Vacancy alert event %d is unreadable; dropped", message.id());
            return Uni.createFrom().voidItem();
        }
        LocalDate today = LocalDate.now(clock);
        return alerts.findById(alertId).chain(alert -> {
            if (alert == null || !alert.activeAt(clock.instant())) {
                return deliveries.decided(message.id(), alertId, nurseryId, today, "ENDED");
            }
            return deliveries.claim(message.id(), alertId, nurseryId, today).chain(claim -> switch (claim) {
                case CLAIMED -> nurseries.findListed(nurseryId).chain(nursery -> nursery == null
                        ? deliveries.record(message.id(), null, "ENDED")
                        : send(message.id(), alert, nurseryId, nursery.name()));
                case HANDLED_BEFORE, DAILY_LIMIT -> Uni.createFrom().voidItem();
            });
        });
    }

    private Uni<Void> send(long eventId, VacancyAlert alert, UUID nurseryId, String nurseryName) {
        return channels.of(alert.parentId).chain(channel -> switch (channel) {
            case WECHAT -> sendWeChat(eventId, alert, nurseryId, nurseryName);
            case SMS -> sendSms(eventId, alert, nurseryId, nurseryName);
            case NONE -> deliveries.record(eventId, null, "NO_CHANNEL");
        });
    }

    private Uni<Void> sendWeChat(long eventId, VacancyAlert alert, UUID nurseryId, String nurseryName) {
        if (config.wechat().templateId().isEmpty()) {
            return deliveries.record(eventId, "WECHAT", "NO_TEMPLATE");
        }
        AlertConfig.WeChat settings = config.wechat();
        Map<String, String> data = new LinkedHashMap<>();
        data.put(settings.nurseryKeyword(), cut(nurseryName, THING_LENGTH));
        data.put(settings.statusKeyword(), NEWS);
        WeChatMessaging.Message body = new WeChatMessaging.Message(settings.templateId().get(),
                settings.page() + "?id=" + nurseryId, settings.miniprogramState(), data);
        return deliveries.spendConsent(alert.id).chain(spent -> {
            if (!spent) {
                // WeChat sends a subscribe message only against a consent; the mini-program asks for more.
                return deliveries.record(eventId, "WECHAT", "NO_CONSENT");
            }
            return wechat.sendSubscribeMessage(alert.parentId, body)
                    .onFailure().call(() -> deliveries.returnConsent(alert.id).chain(() -> deliveries.release(eventId)))
                    .chain(outcome -> switch (outcome) {
                        case SENT -> deliveries.record(eventId, "WECHAT", "SENT");
                        case REFUSED -> deliveries.clearConsents(alert.id).chain(() -> deliveries.record(eventId, "WECHAT", "REFUSED"));
                        case INVALID_RECIPIENT -> deliveries.record(eventId, "WECHAT", "REFUSED");
                        case NO_WECHAT -> deliveries.returnConsent(alert.id).chain(() -> deliveries.record(eventId, "WECHAT", "NO_CHANNEL"));
                    });
        });
    }

    private Uni<Void> sendSms(long eventId, VacancyAlert alert, UUID nurseryId, String nurseryName) {
        if (config.sms().templateCode().isEmpty()) {
            return deliveries.record(eventId, "SMS", "NO_TEMPLATE");
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("nursery", cut(nurseryName, THING_LENGTH));
        params.put("path", config.sms().path() + nurseryId);
        return channels.sendSms(alert.parentId, config.sms().templateCode().get(), params)
                .onFailure().call(() -> deliveries.release(eventId))
                .chain(sent -> deliveries.record(eventId, "SMS", sent ? "SENT" : "NO_CHANNEL"));
    }

    /** At most {@code max} characters (code points), the last one an ellipsis when cut, as WeChat's things are. */
    static String cut(String value, int max) {
        String v = value.strip();
        if (v.codePointCount(0, v.length()) <= max) {
            return v;
        }
        return v.substring(0, v.offsetByCodePoints(0, max - 1)) + "…";
    }
}
