package com.tuoyu.directory.privacy;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.privacy.dto.PrivacyNoticeView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import lombok.RequiredArgsConstructor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The privacy notice, public: an app shows it before sign-in. */
@Path("/api/v1/privacy/notice")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal information")
@CompletesWhenClientLeaves
@RequiredArgsConstructor
public class PrivacyNoticeResource {

    private final PrivacyNotices notices;

    @GET
    @Operation(operationId = "getPrivacyNotice", summary = "The current privacy notice",
            description = "In Chinese, or English with Accept-Language: en. Sign-in sends its version back as noticeVersion. Roles: none (public).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PrivacyNoticeView.class)))
    public PrivacyNoticeView current() {
        return notices.notice(notices.version()).orElseThrow();
    }

    @GET
    @Path("/{version}")
    @Operation(operationId = "getPrivacyNoticeVersion", summary = "A version of the privacy notice",
            description = "The version a parent accepted earlier (their account records it). Roles: none (public).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PrivacyNoticeView.class)))
    @APIResponse(responseCode = "404", description = "No such version")
    public PrivacyNoticeView version(@PathParam("version") String version) {
        return notices.notice(version).orElseThrow(() -> ProblemException.notFound("没有版本为 " + version + " 的隐私政策。",
                "There is no privacy notice version " + version + "."));
    }
}
