package com.tuoyu.directory.search;

import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.OperatingModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Words of q that name a filter: which are taken, what text is left, and who wins against a parameter. */
class QueryWordsTest {

    @Test
    void aFilterWordLeavesOnlyRealText() {
        assertThat(QueryWords.extract("普惠托育").rest()).as("only generic words left").isNull();
        assertThat(QueryWords.extract("普惠托育").found()).extracting(QueryWords.Word::word).containsExactly("普惠");
        QueryWords.Result aided = QueryWords.extract("民办公助阳光");
        assertThat(aided.rest()).isEqualTo("阳光");
        assertThat(aided.found()).extracting(QueryWords.Word::value).containsExactly("PRIVATE_AIDED");
        assertThat(QueryWords.extract("阳光托育中心").found()).isEmpty();
        assertThat(QueryWords.extract("阳光托育中心").rest()).isEqualTo("阳光托育中心");
    }

    @Test
    void modelsAddUpOtherParametersTakeTheFirstWordAndASentParameterWins() {
        SearchCriteria models = criteria("公办 民办", null);
        assertThat(models.operatingModels()).containsExactlyInAnyOrder(OperatingModel.PUBLIC, OperatingModel.PRIVATE);
        assertThat(models.appliedFromQuery()).hasSize(2);
        assertThat(models.text()).isNull();

        SearchCriteria both = criteria("非普惠 普惠", null);
        assertThat(both.inclusive()).isFalse();
        assertThat(both.appliedFromQuery()).extracting(QueryWords.Word::word).containsExactly("非普惠");

        SearchCriteria sent = criteria("全日托 阳光", "HALF_DAY");
        assertThat(sent.careType()).isEqualTo(CareType.HALF_DAY);
        assertThat(sent.appliedFromQuery()).isEmpty();
        assertThat(sent.text()).isEqualTo("阳光");
    }

    private static SearchCriteria criteria(String q, String careType) {
        SearchParameters p = new SearchParameters();
        p.q = q;
        p.careType = careType;
        p.operatingModel = careType == null ? null : List.of();
        return SearchCriteria.from(p);
    }
}
