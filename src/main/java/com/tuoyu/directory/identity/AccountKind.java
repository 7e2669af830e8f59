package com.tuoyu.directory.identity;

public enum AccountKind {
    /** Admin console: username and password, roles, divisions. */
    STAFF,
    /** Mobile app and mini-program: WeChat and/or phone number. */
    PARENT
}
