package com.tuoyu.directory.search;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The two Chinese map providers' place-suggestion calls the place search makes. Both answer JSON in GCJ-02 (the
 * coordinates Chinese maps must use); answers are read as text and parsed by {@link PlaceGateway}, because a
 * proxy in front of them may answer HTML and both report errors inside a 200.
 */
final class PlaceApis {

    private PlaceApis() {
    }

    /** Tencent Location Service: 关键词输入提示 (place suggestion), {@code status} 0 on success. */
    @RegisterRestClient
    @Produces(MediaType.WILDCARD)
    interface Tencent {
        @GET
        @Path("/ws/place/v1/suggestion")
        Uni<RestResponse<String>> suggestion(@QueryParam("keyword") String keyword, @QueryParam("region") String region,
                                             @QueryParam("region_fix") int regionFix,
                                             @QueryParam("page_size") int pageSize, @QueryParam("key") String key);
    }

    /** AMap Web Service: 输入提示 (input tips), {@code status} "1" on success, location "lng,lat". */
    @RegisterRestClient
    @Produces(MediaType.WILDCARD)
    interface AMap {
        @GET
        @Path("/v3/assistant/inputtips")
        Uni<RestResponse<String>> inputTips(@QueryParam("keywords") String keywords, @QueryParam("city") String city,
                                            @QueryParam("citylimit") boolean cityLimit, @QueryParam("key") String key);
    }
}
