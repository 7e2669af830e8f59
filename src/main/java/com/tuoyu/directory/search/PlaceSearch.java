package com.tuoyu.directory.search;

import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.search.dto.PublicLocation;
import com.tuoyu.directory.search.dto.PublicPlace;
import com.tuoyu.directory.search.dto.PublicPlaces;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * A parent types a housing estate, street or landmark and gets candidate points to search around. The providers
 * answer in GCJ-02; the answer is in WGS-84 unless the client asks for gcj02, like every answer of the directory.
 */
@ApplicationScoped
@RequiredArgsConstructor
class PlaceSearch {

    private static final Logger LOG = Logger.getLogger(PlaceSearch.class);

    private final PlaceGateway gateway;

    Uni<PublicPlaces> find(String q, String region, String coord, String sizeParameter) {
        String provider = gateway.provider();
        if (provider == null) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.NOT_IMPLEMENTED,
                    "本服务未开通地点搜索（未配置地图服务 nursery.places.provider 和 nursery.places.key）。"
                            + "请在地图上选点，或直接用 lat/lng 搜索附近的托育机构。", List.of()));
        }
        SearchCriteria.Errors errors = new SearchCriteria.Errors();
        String text = q == null ? "" : q.strip();
        if (text.isEmpty() || text.length() > 50) {
            errors.add("q", "must be 1 to 50 characters: a housing estate, street or landmark");
        }
        String area = region == null || region.isBlank() ? null : region.strip();
        if (area != null && area.length() > 20) {
            errors.add("region", "must be at most 20 characters: a city name or code");
        }
        CoordinateSystem system = CoordinateSystem.fromParameter(coord);
        if (system == null) {
            errors.add("coord", "must be wgs84 or gcj02");
        }
        Integer size = errors.integer("size", sizeParameter, 1, 20);
        try {
            errors.throwIfAny();
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
        int limit = size == null ? 10 : size;
        return gateway.suggest(text, area, limit)
                .onFailure().transform(failure -> {
                    LOG.warnf("Place search through %s failed: %s", provider, failure.toString());
                    return new ProblemException(ProblemType.UNAVAILABLE,
                            "地点搜索暂时不可用（地图服务未应答）。请稍后再试，或在地图上选点。", List.of());
                })
                .map(candidates -> new PublicPlaces(system.parameterValue(), provider, candidates.stream().limit(limit)
                        .map(c -> place(c, system)).toList()));
    }

    private static PublicPlace place(PlaceGateway.Candidate c, CoordinateSystem system) {
        GeoPoint wgs = CoordinateSystem.GCJ02.toWgs84(c.gcjLatitude(), c.gcjLongitude());
        GeoPoint shown = system.fromWgs84(wgs.latitude(), wgs.longitude()).rounded();
        return new PublicPlace(c.name(), c.address(), c.divisionCode(), new PublicLocation(shown.latitude(), shown.longitude()));
    }
}
