package com.tuoyu.directory.platform.images;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Removes metadata that can identify a person or a place (EXIF with GPS, XMP, IPTC, comments, text chunks) from
 * photos without re-encoding them, so nothing of the picture is lost. A photo whose metadata cannot be removed is
 * refused rather than stored with it.
 */
public final class MetadataStripper {

    private static final Set<String> PNG_DROPPED = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

    private MetadataStripper() {
    }

    /** Thrown for bytes that claim a format but do not follow it. */
    public static class UnreadableImageException extends RuntimeException {
        public UnreadableImageException(String message) {
            super(message);
        }
    }

    public static byte[] strip(ImageType type, byte[] image) {
        try {
            return switch (type) {
                case JPEG -> jpeg(image);
                case PNG -> png(image);
                case HEIC -> heic(image);
            };
        } catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException e) {
            throw new UnreadableImageException("The " + type + " image is truncated or malformed");
        }
    }

    /** Keeps every segment but APP1 (EXIF, XMP), APP12, APP13 (IPTC) and comments. */
    static byte[] jpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(0xD8);
        int i = 2;
        while (i < in.length) {
            if ((in[i] & 0xFF) != 0xFF) {
                throw new UnreadableImageException("JPEG segment marker expected");
            }
            int marker = in[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD9 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                out.write(in, i, 2);
                i += 2;
                continue;
            }
            int length = ((in[i + 2] & 0xFF) << 8) | (in[i + 3] & 0xFF);
            if (length < 2 || i + 2 + length > in.length) {
                throw new UnreadableImageException("JPEG segment length out of range");
            }
            if (marker == 0xDA) {
                // Start of scan: the compressed picture follows up to the end of the file.
                out.write(in, i, in.length - i);
                break;
            }
            boolean dropped = marker == 0xE1 || marker == 0xEC || marker == 0xED || marker == 0xFE;
            if (!dropped) {
                out.write(in, i, 2 + length);
            }
            i += 2 + length;
        }
        return out.toByteArray();
    }

    /** Keeps every chunk but eXIf, the text chunks and tIME. */
    static byte[] png(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int i = 8;
        while (i + 8 <= in.length) {
            int length = ByteBuffer.wrap(in, i, 4).getInt();
            if (length < 0 || i + 12L + length > in.length) {
                throw new UnreadableImageException("PNG chunk length out of range");
            }
            String type = new String(in, i + 4, 4, StandardCharsets.US_ASCII);
            if (!PNG_DROPPED.contains(type)) {
                out.write(in, i, 12 + length);
            }
            i += 12 + length;
            if (type.equals("IEND")) {
                break;
            }
        }
        return out.toByteArray();
    }

    /**
     * HEIF keeps EXIF and XMP as items of the {@code meta} box, located by {@code iloc}: their bytes are overwritten
     * with zeros in place, leaving every offset valid.
     */
    static byte[] heic(byte[] original) {
        byte[] image = Arrays.copyOf(original, original.length);
        ByteBuffer file = ByteBuffer.wrap(image);
        int position = 0;
        while (position + 8 <= image.length) {
            long size = Integer.toUnsignedLong(file.getInt(position));
            String type = fourCc(image, position + 4);
            int header = 8;
            if (size == 1) {
                size = file.getLong(position + 8);
                header = 16;
            } else if (size == 0) {
                size = image.length - position;
            }
            if (size < header || position + size > image.length) {
                throw new UnreadableImageException("HEIF box size out of range");
            }
            if (type.equals("meta")) {
                zeroMetadataItems(image, file, position + header + 4, (int) (position + size));
                return image;
            }
            position += (int) size;
        }
        return image;
    }

    private static void zeroMetadataItems(byte[] image, ByteBuffer file, int start, int end) {
        Set<Long> metadataItems = new HashSet<>();
        int ilocStart = -1;
        int ilocEnd = -1;
        int position = start;
        while (position + 8 <= end) {
            int size = file.getInt(position);
            String type = fourCc(image, position + 4);
            if (size < 8 || position + size > end) {
                throw new UnreadableImageException("HEIF box size out of range");
            }
            if (type.equals("iinf")) {
                readItemInfos(image, file, position + 8, position + size, metadataItems);
            } else if (type.equals("iloc")) {
                ilocStart = position + 8;
                ilocEnd = position + size;
            }
            position += size;
        }
        if (!metadataItems.isEmpty()) {
            if (ilocStart < 0) {
                throw new UnreadableImageException("HEIF metadata item without a location");
            }
            zeroItems(image, file, ilocStart, ilocEnd, metadataItems);
        }
    }

    private static void readItemInfos(byte[] image, ByteBuffer file, int start, int end, Set<Long> metadataItems) {
        int version = image[start] & 0xFF;
        int position = start + 4 + (version == 0 ? 2 : 4);
        while (position + 8 <= end) {
            int size = file.getInt(position);
            if (size < 8 || position + size > end) {
                throw new UnreadableImageException("HEIF item info size out of range");
            }
            if (fourCc(image, position + 4).equals("infe")) {
                int infeVersion = image[position + 8] & 0xFF;
                if (infeVersion >= 2) {
                    int cursor = position + 12;
                    long itemId = infeVersion == 2 ? Short.toUnsignedLong(file.getShort(cursor)) : Integer.toUnsignedLong(file.getInt(cursor));
                    cursor += infeVersion == 2 ? 2 : 4;
                    cursor += 2;
                    String itemType = fourCc(image, cursor);
                    cursor += 4;
                    if (itemType.equals("Exif")) {
                        metadataItems.add(itemId);
                    } else if (itemType.equals("mime")) {
                        int nameEnd = indexOfZero(image, cursor, position + size);
                        int typeEnd = indexOfZero(image, nameEnd + 1, position + size);
                        String contentType = new String(image, nameEnd + 1, typeEnd - nameEnd - 1, StandardCharsets.US_ASCII);
                        if (contentType.contains("rdf+xml") || contentType.contains("xmp")) {
                            metadataItems.add(itemId);
                        }
                    }
                }
            }
            position += size;
        }
    }

    private static void zeroItems(byte[] image, ByteBuffer file, int start, int end, Set<Long> items) {
        int version = image[start] & 0xFF;
        int offsetSize = (image[start + 4] & 0xF0) >> 4;
        int lengthSize = image[start + 4] & 0x0F;
        int baseOffsetSize = (image[start + 5] & 0xF0) >> 4;
        int indexSize = version >= 1 ? image[start + 5] & 0x0F : 0;
        int position = start + 6;
        long count = version < 2 ? Short.toUnsignedLong(file.getShort(position)) : Integer.toUnsignedLong(file.getInt(position));
        position += version < 2 ? 2 : 4;
        for (long item = 0; item < count && position < end; item++) {
            long itemId = version < 2 ? Short.toUnsignedLong(file.getShort(position)) : Integer.toUnsignedLong(file.getInt(position));
            position += version < 2 ? 2 : 4;
            int construction = 0;
            if (version >= 1) {
                construction = file.getShort(position) & 0x0F;
                position += 2;
            }
            position += 2;
            long baseOffset = read(file, position, baseOffsetSize);
            position += baseOffsetSize;
            int extents = Short.toUnsignedInt(file.getShort(position));
            position += 2;
            for (int e = 0; e < extents; e++) {
                position += indexSize;
                long offset = read(file, position, offsetSize);
                position += offsetSize;
                long length = read(file, position, lengthSize);
                position += lengthSize;
                if (items.contains(itemId)) {
                    if (construction != 0) {
                        throw new UnreadableImageException("HEIF metadata stored inside the meta box cannot be removed");
                    }
                    long from = baseOffset + offset;
                    long to = length == 0 ? image.length : from + length;
                    if (from < 0 || to > image.length) {
                        throw new UnreadableImageException("HEIF metadata extent out of range");
                    }
                    Arrays.fill(image, (int) from, (int) to, (byte) 0);
                }
            }
        }
    }

    private static long read(ByteBuffer file, int position, int size) {
        return switch (size) {
            case 0 -> 0;
            case 4 -> Integer.toUnsignedLong(file.getInt(position));
            case 8 -> file.getLong(position);
            default -> throw new UnreadableImageException("HEIF field size " + size + " is not supported");
        };
    }

    private static int indexOfZero(byte[] bytes, int from, int end) {
        for (int i = from; i < end; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return end;
    }

    private static String fourCc(byte[] bytes, int position) {
        return new String(bytes, position, 4, StandardCharsets.US_ASCII);
    }
}
