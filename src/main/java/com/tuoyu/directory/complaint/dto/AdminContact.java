package com.tuoyu.directory.complaint.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminContact")
public record AdminContact(@Schema(example = "13812345678") String contactPhone) {
}
