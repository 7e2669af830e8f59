package com.tuoyu.directory.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Map;

/**
 * The WeChat server API calls the service makes. Only {@link WeChatGateway} uses this client: it builds it from
 * {@code nursery.identity.wechat.*} and adds fault tolerance.
 *
 * <p>WeChat labels its JSON answers {@code text/plain}, so answers are read as text and parsed by the callers.
 */
@RegisterRestClient
@Produces(MediaType.WILDCARD)
interface WeChatApi {

    /** code2Session (小程序登录). The query carries the AppSecret, so this request's URL is never logged. */
    @GET
    @Path("/sns/jscode2session")
    Uni<RestResponse<String>> code2Session(@QueryParam("appid") String appId, @QueryParam("secret") String secret,
            @QueryParam("js_code") String code, @QueryParam("grant_type") String grantType);

    /** The stable access token, the same on every replica while it is valid. */
    @POST
    @Path("/cgi-bin/stable_token")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<RestResponse<String>> stableToken(StableTokenRequest request);

    /** A subscribe message (订阅消息) to one user. */
    @POST
    @Path("/cgi-bin/message/subscribe/send")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<RestResponse<String>> sendSubscribeMessage(@QueryParam("access_token") String accessToken, SubscribeMessage message);

    record StableTokenRequest(@JsonProperty("grant_type") String grantType, String appid, String secret,
                              @JsonProperty("force_refresh") boolean forceRefresh) {
    }

    /** {@code page} is left out when there is none; the other fields are always sent. */
    record SubscribeMessage(String touser, @JsonProperty("template_id") String templateId,
                            @JsonProperty("miniprogram_state") String miniprogramState, String lang,
                            Map<String, Field> data, @JsonInclude(JsonInclude.Include.NON_NULL) String page) {
    }

    record Field(String value) {
    }
}
