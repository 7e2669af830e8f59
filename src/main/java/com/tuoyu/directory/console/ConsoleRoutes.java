package com.tuoyu.directory.console;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The staff console is a single-page app built by npm into {@code META-INF/resources/console} and served as static
 * content. Its client-side routes ({@code /console/complaints/123}) are not files, so a deep link or a reload would
 * answer 404: every path under {@code /console/} without a dot (assets always have one) is rerouted to the index.
 */
@ApplicationScoped
public class ConsoleRoutes {

    void init(@Observes Router router) {
        // A bare /console would resolve the app's relative asset paths against "/"; send it to the folder.
        // (Routing "/console" itself with get() matches "/console/" too and loops: hence the regex.)
        router.getWithRegex("/console").handler(rc -> rc.redirect("/console/"));
        router.getWithRegex("/console/[^.]+").handler(rc -> rc.reroute("/console/"));
    }
}
