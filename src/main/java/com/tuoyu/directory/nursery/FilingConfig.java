package com.tuoyu.directory.nursery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "nursery.filing")
public interface FilingConfig {

    /** Working days from a complete filing to the receipt (备案回执). */
    @WithDefault("5")
    int receiptWorkingDays();

    /** Working days from the submission to a return with public reasons (不符合设置标准的告知). */
    @WithDefault("15")
    int returnWorkingDays();

    /** Largest filing document accepted, in bytes. */
    @WithDefault("10485760")
    int maxDocumentBytes();
}
