package com.tuoyu.directory.complaint;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** The notifier until a WeChat subscribe-message adapter is configured: a log line without personal data. */
@ApplicationScoped
@DefaultBean
public class LogParentNotifier implements ParentNotifier {

    private static final Logger LOG = Logger.getLogger(LogParentNotifier.class);

    @Override
    public Uni<Void> notify(long deliveryId, ComplaintNotifications.Payload notification) {
        LOG.infof("Notification %d: complaint %s is now %s", deliveryId, notification.trackingNumber(), notification.status());
        return Uni.createFrom().voidItem();
    }
}
