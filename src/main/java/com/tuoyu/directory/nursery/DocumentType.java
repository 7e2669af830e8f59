package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.images.ImageType;

import java.nio.charset.StandardCharsets;

/** Filing documents accepted: PDF scans and JPEG or PNG photos, recognised by their content, never by a name. */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static DocumentType fromMediaType(String mediaType) {
        for (DocumentType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        return null;
    }

    /** What the bytes really are, or null for anything else. */
    public static DocumentType detect(byte[] bytes) {
        if (bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            return PDF;
        }
        ImageType image = ImageType.detect(bytes);
        if (image == ImageType.JPEG) {
            return JPEG;
        }
        return image == ImageType.PNG ? PNG : null;
    }
}
