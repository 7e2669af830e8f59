package com.tuoyu.directory.platform.images;

/** Image formats accepted from phones, recognised by their content, never by a file name. */
public enum ImageType {
    JPEG("image/jpeg"),
    PNG("image/png"),
    HEIC("image/heic");

    private final String mediaType;

    ImageType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type the bytes really are, or null for anything else. */
    public static ImageType detect(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                && bytes[4] == 0x0D && bytes[5] == 0x0A && bytes[6] == 0x1A && bytes[7] == 0x0A) {
            return PNG;
        }
        if (bytes.length >= 12 && bytes[4] == 'f' && bytes[5] == 't' && bytes[6] == 'y' && bytes[7] == 'p') {
            String brand = new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (brand.equals("heic") || brand.equals("heix") || brand.equals("heim") || brand.equals("heis")
                    || brand.equals("hevc") || brand.equals("hevx") || brand.equals("mif1") || brand.equals("msf1")) {
                return HEIC;
            }
        }
        return null;
    }
}
