package com.tuoyu.directory.demo;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Small generated pictures standing in for a parent's photos in the demo data. */
final class DemoPhotos {

    private DemoPhotos() {
    }

    static byte[] png(String seed) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int hue = Math.abs(seed.hashCode());
        g.setColor(Color.getHSBColor((hue % 360) / 360f, 0.25f, 0.95f));
        g.fillRect(0, 0, 320, 240);
        g.setColor(Color.getHSBColor((hue % 360) / 360f, 0.6f, 0.5f));
        for (int i = 0; i < 6; i++) {
            g.fillOval(20 + (hue >> i) % 240, 20 + (hue >> (i + 3)) % 160, 40, 40);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
