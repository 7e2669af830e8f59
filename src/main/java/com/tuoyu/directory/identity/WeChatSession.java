package com.tuoyu.directory.identity;

/** What code2Session proves about the user; the session_key it also returns is dropped, never stored or sent on. */
record WeChatSession(String openid, String unionid) {
}
