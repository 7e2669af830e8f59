package com.tuoyu.directory.identity;

/**
 * The version of the privacy notice a parent must accept to sign in. The notice itself belongs to {@code privacy},
 * which implements this; identity only checks and records the version accepted.
 */
public interface CurrentPrivacyNotice {

    String version();
}
