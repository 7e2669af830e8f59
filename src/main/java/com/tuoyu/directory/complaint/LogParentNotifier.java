package com.tuoyu.directory.complaint;

import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

/** The development notifier: a log line without personal data. */
class LogParentNotifier implements ParentNotifier {

    private static final Logger LOG = Logger.getLogger(LogParentNotifier.class);

    @Override
    public Uni<NotificationOutcome> notify(Notification notification) {
        LOG.infof("Notification %d: complaint %s is now %s", notification.deliveryId(),
                notification.payload().trackingNumber(), notification.payload().status());
        return Uni.createFrom().item(NotificationOutcome.LOGGED);
    }
}
