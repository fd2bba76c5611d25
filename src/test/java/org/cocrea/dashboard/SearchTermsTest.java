package org.cocrea.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void keepsWordsOfThreeLettersOrMoreEachRequiredAsAPrefix() {
        SearchTerms terms = SearchTerms.of("Gasto en MEDICAMENTOS de Sonora");
        assertThat(terms.words()).containsExactly("gasto", "medicamentos", "sonora");
        assertThat(terms.booleanQuery()).isEqualTo("+gasto* +medicamentos* +sonora*");
    }

    @Test
    void everyOperatorQuoteAndSymbolBecomesASpace() {
        SearchTerms terms = SearchTerms.of("+\"obra\" -pública* (abasto) ~@<>x' OR 1=1 -- ñandú");
        assertThat(terms.words()).containsExactly("obra", "pública", "abasto", "ñandú");
        assertThat(terms.booleanQuery()).doesNotContain("\"", "(", ")", "~", "@", "<", ">", "'", "-", "=")
                .isEqualTo("+obra* +pública* +abasto* +ñandú*");
    }

    @Test
    void emptyShortOrSymbolOnlyInputSearchesNothing() {
        assertThat(SearchTerms.of(null).isEmpty()).isTrue();
        assertThat(SearchTerms.of("").isEmpty()).isTrue();
        assertThat(SearchTerms.of("a de  **  @@").isEmpty()).isTrue();
    }

    @Test
    void longInputIsCutToFewBoundedWords() {
        SearchTerms terms = SearchTerms.of("palabra ".repeat(5_000) + "x".repeat(100_000));
        assertThat(terms.words()).containsExactly("palabra");
        SearchTerms many = SearchTerms.of("uno dos tres cuatro cinco seis siete ocho nueve diez once doce");
        assertThat(many.words()).hasSize(SearchTerms.MAX_WORDS);
        assertThat(SearchTerms.of("y".repeat(200)).words()).singleElement().satisfies(w -> assertThat(w).hasSize(SearchTerms.MAX_WORD));
    }
}
