package com.tuoyu.directory.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the two providers' answers are read (the HTTP exchange itself is in {@link PlaceSearchTest}). */
class PlaceGatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void amapTipsWithoutAPointAreNoCandidatesAndLngComesFirst() throws Exception {
        var candidates = PlaceGateway.amap(JSON.readTree("""
                {"status":"1","info":"OK","infocode":"10000","count":"3","tips":[
                 {"id":"B0FFG","name":"万达广场","district":"江西省南昌市红谷滩区","adcode":"360113","location":"115.864113,28.679456","address":"会展路999号"},
                 {"id":[],"name":"万达广场(公交站)","district":"江西省南昌市红谷滩区","adcode":"360113","location":[],"address":[]},
                 {"id":"B0FFH","name":"万达影城","district":"江西省南昌市红谷滩区","adcode":[],"location":"115.8650,28.6801","address":[]}]}
                """), 10);
        assertThat(candidates).hasSize(2);
        assertThat(candidates.get(0).gcjLatitude()).isEqualTo(28.679456);
        assertThat(candidates.get(0).gcjLongitude()).isEqualTo(115.864113);
        assertThat(candidates.get(0).address()).isEqualTo("江西省南昌市红谷滩区会展路999号");
        assertThat(candidates.get(0).divisionCode()).isEqualTo("360113");
        assertThat(candidates.get(1).divisionCode()).isNull();
        assertThat(candidates.get(1).address()).isEqualTo("江西省南昌市红谷滩区");
    }

    @Test
    void aProviderErrorInsideA200IsAFailureNotAnEmptyList() {
        assertThatThrownBy(() -> PlaceGateway.amap(JSON.readTree("{\"status\":\"0\",\"info\":\"INVALID_USER_KEY\",\"infocode\":\"10001\"}"), 10))
                .isInstanceOf(PlaceGateway.ProviderError.class).hasMessageContaining("INVALID_USER_KEY");
        assertThatThrownBy(() -> PlaceGateway.tencent(JSON.readTree("{\"status\":121,\"message\":\"此key每日调用量已达到上限\"}")))
                .isInstanceOf(PlaceGateway.ProviderError.class).hasMessageContaining("121");
    }
}
