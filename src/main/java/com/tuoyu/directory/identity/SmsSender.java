package com.tuoyu.directory.identity;

import io.smallrye.mutiny.Uni;

import java.time.Duration;

/** Sends a sign-in code by SMS. A failed Uni means the code did not go out: the request is undone and answers 503. */
public interface SmsSender {

    Uni<Void> send(String phone, String code, Duration validFor);
}
