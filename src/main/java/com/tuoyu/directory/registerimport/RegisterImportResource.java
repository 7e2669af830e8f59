package com.tuoyu.directory.registerimport;

import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.registerimport.dto.AdminImportReport;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@CompletesWhenClientLeaves
@Path("/api/v1/admin/imports/register")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: filings")
@SecurityRequirement(name = "bearer")
@RequiredArgsConstructor
public class RegisterImportResource {

    /** A county's register is well under a megabyte; the cap keeps a wrong upload from filling memory. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final RegisterImportService imports;
    private final CurrentCaller caller;
    private final Vertx vertx;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("FILING_OFFICER")
    @Operation(operationId = "importRegister", summary = "Import nurseries and their disclosures from a register spreadsheet",
            description = "Part 'file' holds an XLSX workbook (sheets 'nurseries', optional 'fees' and 'permits') or a "
                    + "CSV file of one of them (UTF-8 or GB18030), with English or Chinese headers. Rows are matched "
                    + "by filing number: new ones are created as filed nurseries, known ones updated. Every row is "
                    + "taken or rejected on its own, and the report says which and why; a rejected row changes "
                    + "nothing. dryRun=true only checks. Only districts in the caller's scope. Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "200", description = "What happened to each row",
            content = @Content(schema = @Schema(implementation = AdminImportReport.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than 10 MB")
    @APIResponse(responseCode = "422", description = "Not a readable XLSX or CSV file, or no nursery rows")
    public Uni<AdminImportReport> importRegister(
            @RestForm("file") FileUpload file,
            @Parameter(description = "Check the file and report, storing nothing")
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(hidden = true) @HeaderParam("Accept-Language") String acceptLanguage) {
        if (file == null) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("file", "必须上传：把电子表格放在 'file' 部分",
                    "is required: attach the spreadsheet as part 'file'"));
        }
        if (file.size() > MAX_FILE_BYTES) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of(
                    "文件超过 10 MB：请把名册拆分后逐个上传。",
                    "The file is larger than 10 MB: split the register and upload the parts one after another.")));
        }
        return vertx.fileSystem().readFile(file.uploadedFile().toString()).map(Buffer::getBytes)
                .chain(content -> imports.importRegister(caller.get(), content, dryRun, Language.of(acceptLanguage)));
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @GET
    @Path("/template")
    @Produces(XLSX)
    @RolesAllowed("FILING_OFFICER")
    @Operation(operationId = "downloadRegisterTemplate", summary = "The register spreadsheet template (Chinese headers)",
            description = "An XLSX workbook with the sheets 机构信息, 收费标准 and 证照, headed by the Chinese names of every "
                    + "column the import reads, and one example row each (in a county of your districts) that imports "
                    + "without errors: overwrite it with the register. Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "200", description = "The template workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Uni<Response> template() {
        String county = caller.get().scopeDivisions().stream().filter(code -> code.length() == 6 && !code.endsWith("00"))
                .findFirst().orElse("360102");
        // Small, but writing a workbook is still blocking work: off the event loop.
        return vertx.executeBlocking(() -> RegisterTemplate.workbook(county), false)
                .map(bytes -> Response.ok(bytes, XLSX)
                        .header("Content-Disposition", "attachment; filename=\"register-template.xlsx\"; "
                                + "filename*=UTF-8''%E6%89%98%E8%82%B2%E6%9C%BA%E6%9E%84%E5%90%8D%E5%86%8C%E6%A8%A1%E6%9D%BF.xlsx")
                        .header("Cache-Control", "private, no-store").build());
    }

    /**
     * Answers an upload that is not multipart with 415 after the role check, so that callers without the role learn
     * that first, as on every other operation.
     */
    @POST
    @RolesAllowed("FILING_OFFICER")
    @Operation(hidden = true)
    public Uni<AdminImportReport> importNotMultipart() {
        return Uni.createFrom().failure(new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, Text.of(
                "请以 multipart/form-data 上传电子表格，文件放在 'file' 部分。",
                "Upload the spreadsheet as multipart/form-data with the file in part 'file'.")));
    }
}
