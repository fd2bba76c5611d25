package org.cocrea.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Whether two organizations' names are the same, or look alike, so that the secretariat does not
 * record the same organization twice. Names are compared normalized: lower case, no accents, no
 * punctuation, without filler words ("de", "la", "y"…) and without a trailing legal form
 * ("A.C.", "S.C.", "I.A.P."…). Pure: no database, no state.
 */
public final class SimilarNames {

    /** Jaro-Winkler similarity from which the differing parts of two normalized names look alike. */
    static final double THRESHOLD = 0.9;

    private static final Set<String> FILLER = Set.of("de", "del", "la", "las", "el", "los", "y", "e", "en", "a", "al",
            "para", "por", "the", "of", "and");

    /** Legal forms, as token sequences, dropped from the end of a name (longest first). */
    private static final List<List<String>> LEGAL_FORMS = List.of(
            List.of("s", "a", "p", "i", "de", "c", "v"), List.of("sapi", "de", "cv"),
            List.of("s", "a", "de", "c", "v"), List.of("sa", "de", "cv"),
            List.of("s", "de", "r", "l"), List.of("s", "de", "rl"), List.of("sc", "de", "rl"),
            List.of("asociacion", "civil"), List.of("sociedad", "civil"),
            List.of("i", "a", "p"), List.of("a", "b", "p"), List.of("a", "c"), List.of("s", "c"), List.of("s", "a"),
            List.of("iap"), List.of("abp"), List.of("ac"), List.of("sc"), List.of("sa"), List.of("cv"));

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private SimilarNames() {
    }

    /** The name as compared: "Fundación Ciudadanos, A.C." → "fundacion ciudadanos". */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String plain = plain(name).replaceAll("[^\\p{Alnum}]+", " ").trim();
        if (plain.isEmpty()) {
            return "";
        }
        List<String> tokens = new ArrayList<>(Arrays.asList(plain.split(" ")));
        dropLegalForm(tokens);
        List<String> meaningful = tokens.stream().filter(t -> !FILLER.contains(t)).toList();
        return String.join(" ", meaningful.isEmpty() ? tokens : meaningful);
    }

    /** An acronym as compared: "I.T.A.I.P." and "itaip" are the same. */
    static String normalizeAcronym(String acronym) {
        return acronym == null ? "" : plain(acronym).replaceAll("[^\\p{Alnum}]+", "");
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static void dropLegalForm(List<String> tokens) {
        for (List<String> form : LEGAL_FORMS) {
            int start = tokens.size() - form.size();
            if (start > 0 && tokens.subList(start, tokens.size()).equals(form)) {
                tokens.subList(start, tokens.size()).clear();
                return;
            }
        }
    }

    /** The same name once normalized: recording it again is refused. */
    public static boolean same(String name, String otherName) {
        String a = normalize(name);
        return !a.isEmpty() && a.equals(normalize(otherName));
    }

    /**
     * Looks alike, and deserves a warning: close spelling (Jaro-Winkler), the same words in
     * another order, one name within the other (whole words), the same acronym, or one's name
     * being the other's acronym.
     */
    public static boolean similar(String name, String acronym, String otherName, String otherAcronym) {
        String a = normalize(name);
        String b = normalize(otherName);
        if (!a.isEmpty() && !b.isEmpty()) {
            if (a.equals(b) || sortedWords(a).equals(sortedWords(b)) || containsWords(a, b) || containsWords(b, a)) {
                return true;
            }
            if (differingPartsAlike(a.split(" "), b.split(" "))) {
                return true;
            }
        }
        String acronymA = normalizeAcronym(acronym);
        String acronymB = normalizeAcronym(otherAcronym);
        if (!acronymA.isEmpty() && (acronymA.equals(acronymB) || acronymA.equals(b.replace(" ", "")))) {
            return true;
        }
        return !acronymB.isEmpty() && acronymB.equals(a.replace(" ", ""));
    }

    /**
     * Leaves out the words both names begin and end with ("secretaria … publica") and compares
     * what is left: nothing left on one side means the other only adds words; otherwise the
     * differing parts must be spelled alike. Comparing whole names instead would call
     * "Secretaría de Salud" and "Secretaría de Educación" alike for their long common start.
     */
    private static boolean differingPartsAlike(String[] a, String[] b) {
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        if (endA == start || endB == start) {
            return true;
        }
        String restA = String.join(" ", Arrays.copyOfRange(a, start, endA));
        String restB = String.join(" ", Arrays.copyOfRange(b, start, endB));
        return JARO_WINKLER.apply(restA, restB) >= THRESHOLD;
    }

    private static String sortedWords(String normalized) {
        return String.join(" ", Arrays.stream(normalized.split(" ")).sorted().toList());
    }

    /** Whether the longer name holds all of the shorter one, as whole words, in order. */
    private static boolean containsWords(String longer, String shorter) {
        return longer.length() > shorter.length() && (" " + longer + " ").contains(" " + shorter + " ");
    }
}
