package org.cocrea.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SimilarNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Fundación Ciudadanos Activos, A.C.   | fundacion ciudadanos activos",
        "FUNDACIÓN  CIUDADANOS   ACTIVOS AC    | fundacion ciudadanos activos",
        "Fundación Ciudadanos Activos A. C.   | fundacion ciudadanos activos",
        "Secretaría de la Contraloría del Estado | secretaria contraloria estado",
        "Colegio de Abogados y Notarios S.C.  | colegio abogados notarios",
        "Consultores del Bajío, S.A. de C.V.  | consultores bajio",
        "Cáritas de Puebla, I.A.P.            | caritas puebla",
        "Niñez y Juventud Asociación Civil    | ninez juventud",
        "¡México Evalúa!                      | mexico evalua",
    })
    void normalizesCaseAccentsPunctuationFillerAndLegalForm(String name, String expected) {
        assertThat(SimilarNames.normalize(name)).isEqualTo(expected);
    }

    @Test
    void aNameMadeOnlyOfFillerOrALegalFormIsNotEmptied() {
        assertThat(SimilarNames.normalize("A.C.")).isEqualTo("c");
        assertThat(SimilarNames.normalize("de la")).isEqualTo("de la");
        assertThat(SimilarNames.normalize("  ")).isEmpty();
        assertThat(SimilarNames.normalize(null)).isEmpty();
    }

    @Test
    void theSameNameWrittenDifferentlyIsTheSame() {
        assertThat(SimilarNames.same("Observatorio Ciudadano de Puebla, A.C.", "observatorio ciudadano puebla")).isTrue();
        assertThat(SimilarNames.same("Secretaría de Salud", "SECRETARIA DE SALUD")).isTrue();
        assertThat(SimilarNames.same("Secretaría de Salud", "Secretaría de Finanzas")).isFalse();
        assertThat(SimilarNames.same("", "")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Universidad Autónoma de Puebla        | Universidad Autonoma Puebla",         // accents, filler
        "Fundación Ciudadanos Activos A.C.     | Fundacion Ciudadanos Activo",         // a letter short
        "Secretaría de Finanzas                | Secretaria de Finansas",              // a typo
        "Obras Públicas del Estado             | Obra Publica Estado",                 // plural
        "Instituto Estatal de Transparencia    | Transparencia Instituto Estatal",     // word order
        "Observatorio Ciudadano                | Observatorio Ciudadano de Puebla",    // one within the other
        "Secretaría de Salud                   | Secretaría de Salud Estatal",
        "Universidad Autónoma de Puebla        | Universidad Popular Autónoma de Puebla", // a word inserted
        "Red por la Rendición de Cuentas       | Red Rendicion Cuentas Nacional A.C.",
    })
    void alikeNamesAreSimilar(String name, String other) {
        assertThat(SimilarNames.similar(name, null, other, null)).isTrue();
        assertThat(SimilarNames.similar(other, null, name, null)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Secretaría de Salud                   | Secretaría de Finanzas",
        "Secretaría de Salud                   | Secretaría de Educación",
        "Secretaría de Economía                | Secretaría de Ecología",
        "Secretaría de Desarrollo Social       | Secretaría de Desarrollo Económico",
        "Secretaría de Seguridad Pública       | Secretaría de Salud Pública",
        "Universidad Iberoamericana            | Universidad Veracruzana",
        "Colectivo Mujeres en Movimiento       | Colectivo Jóvenes en Movimiento",
        "Congreso del Estado                   | Poder Judicial del Estado",
        "Observatorio Ciudadano TABCDE         | Universidad Estatal TABCDE",
        "Secretaría de la Contraloría TQWERT   | Instituto de Transparencia TQWERT",
    })
    void clearlyDifferentNamesAreNotFlagged(String name, String other) {
        assertThat(SimilarNames.similar(name, null, other, null)).isFalse();
        assertThat(SimilarNames.similar(other, null, name, null)).isFalse();
    }

    @Test
    void theSameAcronymIsSimilarWhateverTheNames() {
        assertThat(SimilarNames.similar("Instituto de Transparencia de Puebla", "ITAIPUE",
                "Órgano Garante del Acceso a la Información", "I.T.A.I.P.U.E.")).isTrue();
        assertThat(SimilarNames.similar("Instituto de Transparencia", "ITAIP", "Órgano Garante", "ITAIPUE")).isFalse();
    }

    @Test
    void aNameThatIsTheOthersAcronymIsSimilar() {
        assertThat(SimilarNames.similar("ITAIPUE", null, "Instituto de Transparencia de Puebla", "ITAIPUE")).isTrue();
        assertThat(SimilarNames.similar("Instituto de Transparencia de Puebla", "ITAIPUE", "itaipue", null)).isTrue();
    }

    @Test
    void missingAcronymsNeverMatchEachOther() {
        assertThat(SimilarNames.similar("Secretaría de Salud", "", "Congreso del Estado", "  ")).isFalse();
        assertThat(SimilarNames.similar("Secretaría de Salud", null, "Congreso del Estado", null)).isFalse();
    }
}
