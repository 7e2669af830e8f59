package com.tuoyu.directory.privacy.dto;

import com.tuoyu.directory.platform.text.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The privacy notice in the answer's language (Accept-Language: zh by default, en). */
@Schema(name = "PrivacyNotice")
public record PrivacyNoticeView(
        @Schema(description = "Sent back as noticeVersion with a sign-in to accept it", example = "2026-12-06") String version,
        @Schema(description = "Whether this is the version sign-in asks for") boolean current,
        LocalDate effectiveFrom,
        @Schema(implementation = String.class, example = "托育机构公共服务平台隐私政策") Text title,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = String.class,
                description = "The notice's sections, in order") List<Text> sections) {
}
