package org.cocrea.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a visitor typed into the commitment search, made safe for MariaDB's full-text search in
 * boolean mode: only letters and digits are kept (every operator, quote, parenthesis or symbol
 * becomes a space), words shorter than InnoDB's smallest indexed token ({@value #MIN_LETTERS}
 * letters) are dropped, at most {@value #MAX_WORDS} words of at most {@value #MAX_WORD} letters are
 * read from at most {@value #MAX_INPUT} characters. Each word must appear, as a word or the start of
 * one: {@code +palabra*}. Pure.
 */
public record SearchTerms(List<String> words) {

    public static final int MIN_LETTERS = 3;
    public static final int MAX_WORDS = 8;
    public static final int MAX_WORD = 40;
    public static final int MAX_INPUT = 300;

    public static SearchTerms of(String typed) {
        if (typed == null) {
            return new SearchTerms(List.of());
        }
        String text = typed;
        if (typed.length() > MAX_INPUT) {
            // cut at MAX_INPUT, leaving out a word cut in two
            text = typed.substring(0, MAX_INPUT);
            if (Character.isLetterOrDigit(typed.charAt(MAX_INPUT))) {
                text = text.replaceFirst("[\\p{L}\\p{N}]+$", "");
            }
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' '));
        Set<String> words = new LinkedHashSet<>();
        for (String word : clean.toString().trim().split("\\s+")) {
            if (word.codePointCount(0, word.length()) >= MIN_LETTERS && words.size() < MAX_WORDS) {
                words.add(word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word);
            }
        }
        return new SearchTerms(List.copyOf(words));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words as a boolean-mode query: every word required, as a prefix. */
    public String booleanQuery() {
        List<String> parts = new ArrayList<>();
        words.forEach(w -> parts.add("+" + w + "*"));
        return String.join(" ", parts);
    }

    /** The words as the page shows them back. */
    public String text() {
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }
}
