package com.tuoyu.directory.console;

import com.tuoyu.directory.platform.geo.CoordinateSystem;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * The map tiles of the console's nursery map. Without a tile URL the console draws the points on a plain background
 * and fetches nothing from the internet (tests, offline installations).
 */
@ConfigMapping(prefix = "console.map")
public interface ConsoleMapConfig {

    /**
     * An XYZ tile URL template such as {@code https://tiles.example.cn/{z}/{x}/{y}.png} ({@code {s}} for subdomains).
     * A tile server on another origin must also be named in {@link #tileOrigin()} so the console's content policy
     * lets its images in.
     */
    Optional<String> tileUrl();

    /** The origin of the tile server for the console's Content-Security-Policy (img-src), e.g. {@code https://tiles.example.cn}. */
    Optional<String> tileOrigin();

    /** The attribution the tile provider requires, shown in the map's corner. */
    Optional<String> attribution();

    /** Tile subdomains for {@code {s}}, e.g. {@code abc}. */
    Optional<String> subdomains();

    /** GCJ02 for the Chinese providers (AMap, Tencent, Baidu-compatible GCJ tiles); WGS84 for OpenStreetMap-style tiles. */
    @WithDefault("WGS84")
    CoordinateSystem coordinateSystem();

    @WithDefault("18")
    int maxZoom();
}
