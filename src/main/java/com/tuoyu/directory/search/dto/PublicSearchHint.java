package com.tuoyu.directory.search.dto;

import com.tuoyu.directory.platform.text.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a search found nothing when the reason is known before searching. */
@Schema(name = "SearchHint")
public record PublicSearchHint(
        @Schema(description = "AGE_BELOW_YOUNGEST_CLASS; new codes may be added", example = "AGE_BELOW_YOUNGEST_CLASS") String code,
        @Schema(implementation = String.class, example = "3 个月的孩子还不能入托：最小的乳儿班收 6 个月及以上的孩子。") Text message) {
}
