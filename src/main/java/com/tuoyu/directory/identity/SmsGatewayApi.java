package com.tuoyu.directory.identity;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Map;

/**
 * The HTTP SMS gateway (the provider's adapter or an in-house relay). Its whole send endpoint is configured
 * ({@code nursery.identity.sms.gateway.url}), so the call adds no path. Only {@link SmsGateway} uses this client.
 */
@RegisterRestClient
@Produces(MediaType.WILDCARD)
interface SmsGatewayApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<RestResponse<String>> send(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Request request);

    /** The same endpoint for a notification from another template ({@link ParentChannels#sendSms}). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<RestResponse<String>> sendMessage(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Message message);

    /** {@code {"phone", "signName", "templateId", "params": {"code", "minutes"}}} */
    record Request(String phone, String signName, String templateId, Params params) {
    }

    record Params(String code, long minutes) {
    }

    /** {@code {"phone", "signName", "templateId", "params": {...}}}: the template's own variables. */
    record Message(String phone, String signName, String templateId, Map<String, String> params) {
    }
}
