package com.tuoyu.directory.platform.images;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetadataStripperTest {

    @Test
    void jpegLosesItsExifButStillDecodes() throws IOException {
        byte[] photo = TestImages.jpegWithGps();
        assertThat(ImageType.detect(photo)).isEqualTo(ImageType.JPEG);
        assertThat(TestImages.contains(photo, TestImages.SECRET)).isTrue();
        byte[] clean = MetadataStripper.strip(ImageType.JPEG, photo);
        assertThat(TestImages.contains(clean, TestImages.SECRET)).isFalse();
        assertThat(TestImages.contains(clean, "Exif")).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(clean)).getWidth()).isEqualTo(64);
    }

    @Test
    void pngLosesItsTextChunksButStillDecodes() throws IOException {
        byte[] photo = TestImages.pngWithGps();
        assertThat(ImageType.detect(photo)).isEqualTo(ImageType.PNG);
        byte[] clean = MetadataStripper.strip(ImageType.PNG, photo);
        assertThat(TestImages.contains(clean, TestImages.SECRET)).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(clean)).getHeight()).isEqualTo(48);
    }

    @Test
    void heicExifItemIsZeroedInPlace() {
        byte[] photo = TestImages.heicWithGps();
        assertThat(ImageType.detect(photo)).isEqualTo(ImageType.HEIC);
        assertThat(TestImages.contains(photo, TestImages.SECRET)).isTrue();
        byte[] clean = MetadataStripper.strip(ImageType.HEIC, photo);
        assertThat(clean).hasSameSizeAs(photo);
        assertThat(TestImages.contains(clean, TestImages.SECRET)).isFalse();
        assertThat(TestImages.contains(clean, "ftypheic")).isTrue();
    }

    @Test
    void contentDecidesTheTypeNotTheName() {
        assertThat(ImageType.detect("GIF89a not accepted".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(ImageType.detect("just text pretending to be photo.jpg".getBytes(StandardCharsets.US_ASCII))).isNull();
    }

    @Test
    void aTruncatedJpegIsRefused() {
        byte[] photo = TestImages.jpegWithGps();
        byte[] truncated = java.util.Arrays.copyOf(photo, 30);
        assertThatThrownBy(() -> MetadataStripper.strip(ImageType.JPEG, truncated))
                .isInstanceOf(MetadataStripper.UnreadableImageException.class);
    }
}
