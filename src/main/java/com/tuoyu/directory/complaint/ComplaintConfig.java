package com.tuoyu.directory.complaint;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

@ConfigMapping(prefix = "nursery.complaints")
public interface ComplaintConfig {

    /** Working days to accept or reject a complaint. */
    @WithDefault("5")
    int acceptWorkingDays();

    /** Working days to resolve, unless the category has its own figure. */
    @WithDefault("15")
    int resolveWorkingDays();

    /** Per category, e.g. {@code nursery.complaints.resolve-working-days-by-category.FEES_REFUNDS=10}. */
    Map<String, Integer> resolveWorkingDaysByCategory();

    /** Suspected abuse and injury: hours to accept. */
    @WithDefault("24")
    int urgentAcceptHours();

    /** Suspected abuse and injury: working days to resolve. */
    @WithDefault("5")
    int urgentResolveWorkingDays();

    /** Days after resolution during which the parent may reopen, once. */
    @WithDefault("7")
    int reopenDays();

    /** Largest photo accepted, in bytes. */
    @WithDefault("5242880")
    int maxPhotoBytes();

    /** A key reserved longer ago than this without a complaint is taken to be abandoned. */
    @WithDefault("60")
    int idempotencyInFlightSeconds();
}
