package com.tuoyu.directory.platform.images;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Small real images carrying location metadata, as a phone camera would write them. */
public final class TestImages {

    public static final String SECRET = "GPS 28.684900N 115.899000E";

    private TestImages() {
    }

    public static byte[] jpegWithGps() {
        byte[] plain = encode("jpg");
        byte[] payload = ("Exif\0\0" + SECRET).getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(plain.length + 4 + payload.length);
        out.put(plain, 0, 2);
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload);
        out.put(plain, 2, plain.length - 2);
        return out.array();
    }

    public static byte[] pngWithGps() {
        byte[] plain = encode("png");
        byte[] chunk = chunk("tEXt", ("Location\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        ByteBuffer out = ByteBuffer.allocate(plain.length + chunk.length);
        out.put(plain, 0, 33);          // signature and IHDR
        out.put(chunk);
        out.put(plain, 33, plain.length - 33);
        return out.array();
    }

    /** A minimal HEIF file: ftyp, a meta box listing one Exif item located in mdat, and mdat holding it. */
    public static byte[] heicWithGps() {
        byte[] exif = ("\0\0\0\6Exif\0\0" + SECRET).getBytes(StandardCharsets.US_ASCII);
        byte[] ftyp = box("ftyp", concat("heic".getBytes(StandardCharsets.US_ASCII), new byte[4], "mif1heic".getBytes(StandardCharsets.US_ASCII)));
        byte[] infe = box("infe", concat(new byte[]{2, 0, 0, 0}, new byte[]{0, 1}, new byte[]{0, 0},
                "Exif".getBytes(StandardCharsets.US_ASCII), new byte[]{0}));
        byte[] iinf = box("iinf", concat(new byte[]{0, 0, 0, 0}, new byte[]{0, 1}, infe));
        // iloc version 0: offset_size 4, length_size 4, base_offset_size 0; one item, one extent; offset patched below.
        byte[] ilocBody = concat(new byte[]{0, 0, 0, 0}, new byte[]{0x44, 0x00}, new byte[]{0, 1},
                new byte[]{0, 1}, new byte[]{0, 0}, new byte[]{0, 1}, new byte[8]);
        byte[] iloc = box("iloc", ilocBody);
        byte[] meta = box("meta", concat(new byte[]{0, 0, 0, 0}, iinf, iloc));
        byte[] mdat = box("mdat", exif);
        byte[] file = concat(ftyp, meta, mdat);
        int exifOffset = ftyp.length + meta.length + 8;
        int extentAt = ftyp.length + 8 + 4 + iinf.length + 8 + ilocBody.length - 8;
        ByteBuffer.wrap(file).putInt(extentAt, exifOffset).putInt(extentAt + 4, exif.length);
        return file;
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static byte[] encode(String format) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(80, 160, 220));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    private static byte[] box(String type, byte[] body) {
        return ByteBuffer.allocate(8 + body.length).putInt(8 + body.length).put(type.getBytes(StandardCharsets.US_ASCII))
                .put(body).array();
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            out.put(part);
        }
        return out.array();
    }
}
