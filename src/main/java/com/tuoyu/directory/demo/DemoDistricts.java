package com.tuoyu.directory.demo;

import java.util.Map;
import java.util.Optional;

/**
 * Where the demo nurseries of each demo county go: a box (WGS-84) inside the district's built-up area, a hotspot
 * near its real centre (八一广场 for 东湖区, the CBD for 红谷滩区...) and a density weight. A circle around the county's
 * centre put a 红谷滩区 nursery across the Gan river and gave central 东湖区 fewer nurseries than its suburbs; a box
 * drawn inside the district cannot leave it, and the weight makes old centres denser than suburban counties of the
 * same population, as registers are. The boxes are deliberately small (2-4 km): they stay clear of rivers
 * (赣江 between 红谷滩区 and 东湖区/西湖区, 黄河 between 城关区/七里河区 and 安宁区) and of the district boundaries.
 * Counties without a box (the benchmark's national cities) keep the circle around their centre.
 */
final class DemoDistricts {

    /** A district's box, its hotspot and its nurseries per resident relative to an average county (1.0). */
    record District(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude,
                    double hotLatitude, double hotLongitude, double weight) {

        boolean contains(double latitude, double longitude) {
            return latitude >= minLatitude && latitude <= maxLatitude
                    && longitude >= minLongitude && longitude <= maxLongitude;
        }

        boolean overlaps(District other) {
            return minLatitude < other.maxLatitude && other.minLatitude < maxLatitude
                    && minLongitude < other.maxLongitude && other.minLongitude < maxLongitude;
        }
    }

    private static final Map<String, District> DISTRICTS = Map.ofEntries(
            // 南昌市: the old city east of the Gan (东湖, 西湖, 青云谱), 青山湖 east of it, 红谷滩 and 新建 west of the river.
            Map.entry("360102", new District(28.676, 28.700, 115.890, 115.920, 28.679, 115.904, 2.5)),
            Map.entry("360103", new District(28.635, 28.665, 115.875, 115.905, 28.652, 115.888, 2.0)),
            Map.entry("360104", new District(28.605, 28.630, 115.905, 115.935, 28.620, 115.915, 1.2)),
            Map.entry("360111", new District(28.680, 28.710, 115.940, 115.975, 28.690, 115.950, 1.0)),
            Map.entry("360112", new District(28.690, 28.715, 115.790, 115.815, 28.700, 115.808, 0.5)),
            Map.entry("360113", new District(28.670, 28.705, 115.825, 115.855, 28.688, 115.848, 1.8)),
            Map.entry("360121", new District(28.530, 28.560, 115.925, 115.955, 28.545, 115.942, 0.5)),
            // 忻州市
            Map.entry("140902", new District(38.395, 38.420, 112.720, 112.760, 38.404, 112.740, 1.5)),
            Map.entry("140921", new District(38.465, 38.482, 112.945, 112.970, 38.474, 112.957, 0.5)),
            Map.entry("140981", new District(38.720, 38.742, 112.695, 112.720, 38.731, 112.706, 0.6)),
            // 承德市
            Map.entry("130802", new District(40.960, 40.990, 117.925, 117.960, 40.975, 117.940, 1.5)),
            Map.entry("130803", new District(40.950, 40.968, 117.780, 117.815, 40.959, 117.799, 0.8)),
            Map.entry("130821", new District(40.760, 40.778, 118.160, 118.190, 40.768, 118.174, 0.4)),
            Map.entry("130881", new District(41.005, 41.030, 118.685, 118.720, 41.018, 118.702, 0.5)),
            // 兰州市: 城关 and 七里河 south of the Yellow River, 安宁 north of it, 西固 and 红古 to the west.
            Map.entry("620102", new District(36.040, 36.060, 103.800, 103.860, 36.056, 103.830, 1.8)),
            Map.entry("620103", new District(36.050, 36.068, 103.740, 103.790, 36.062, 103.775, 1.3)),
            Map.entry("620104", new District(36.090, 36.105, 103.600, 103.650, 36.098, 103.625, 0.8)),
            Map.entry("620105", new District(36.095, 36.110, 103.690, 103.740, 36.102, 103.718, 1.0)),
            Map.entry("620111", new District(36.335, 36.355, 102.850, 102.880, 36.345, 102.865, 0.5)));

    private DemoDistricts() {
    }

    static Optional<District> of(String countyCode) {
        return Optional.ofNullable(DISTRICTS.get(countyCode));
    }

    static Map<String, District> all() {
        return DISTRICTS;
    }
}
