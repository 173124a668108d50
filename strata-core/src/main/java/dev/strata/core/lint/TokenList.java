package dev.strata.core.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tokens without comments, with the matching a rule needs: keyword sequences looked up only at
 * the list's own parenthesis depth, so a word inside {@code (...)} never matches a clause keyword.
 */
record TokenList(List<Token> tokens) {
    TokenList {
        tokens = List.copyOf(tokens);
    }

    int size() {
        return tokens.size();
    }

    Token get(int index) {
        return tokens.get(index);
    }

    boolean isWord(int index, String word) {
        return index >= 0 && index < tokens.size() && tokens.get(index).isWord(word);
    }

    /** Whether the words follow each other from {@code index}. */
    boolean matches(int index, String... words) {
        for (int k = 0; k < words.length; k++) {
            if (!isWord(index + k, words[k])) {
                return false;
            }
        }
        return true;
    }

    /** Index where the words first follow each other at this list's depth, from {@code from}; -1 if never. */
    int find(int from, String... words) {
        for (int k = Math.max(0, from); k < tokens.size(); k++) {
            if (tokens.get(k).depth() == baseDepth() && matches(k, words)) {
                return k;
            }
        }
        return -1;
    }

    boolean contains(String... words) {
        return find(0, words) >= 0;
    }

    /** Index after the optional words if they follow at {@code index}, else {@code index}. */
    int skip(int index, String... words) {
        return matches(index, words) ? index + words.length : index;
    }

    /** The (possibly qualified) name starting at {@code index}. */
    Optional<Name> nameAt(int index) {
        if (index >= tokens.size() || !tokens.get(index).isName()) {
            return Optional.empty();
        }
        StringBuilder display = new StringBuilder(tokens.get(index).text());
        String last = tokens.get(index).text();
        int k = index + 1;
        while (k + 1 < tokens.size() && tokens.get(k).isSymbol(".") && tokens.get(k + 1).isName()) {
            last = tokens.get(k + 1).text();
            display.append('.').append(last);
            k += 2;
        }
        return Optional.of(Name.of(display.toString(), last, k));
    }

    /** The tokens inside the parentheses opening at {@code open}; empty if no {@code (} is there. */
    TokenList parenthesized(int open) {
        if (open >= tokens.size() || !tokens.get(open).isSymbol("(")) {
            return new TokenList(List.of());
        }
        int inner = tokens.get(open).depth() + 1;
        int k = open + 1;
        while (k < tokens.size() && tokens.get(k).depth() >= inner && !isClose(k, inner)) {
            k++;
        }
        return new TokenList(tokens.subList(open + 1, k));
    }

    private boolean isClose(int index, int inner) {
        return tokens.get(index).isSymbol(")") && tokens.get(index).depth() == inner - 1;
    }

    /** The parts from {@code from} between commas at this list's depth (ALTER TABLE's actions). */
    List<TokenList> splitOnCommas(int from) {
        List<TokenList> parts = new ArrayList<>();
        int start = from;
        for (int k = from; k <= tokens.size(); k++) {
            boolean atEnd = k == tokens.size() || tokens.get(k).isSymbol(";") && tokens.get(k).depth() == baseDepth();
            if (atEnd || tokens.get(k).isSymbol(",") && tokens.get(k).depth() == baseDepth()) {
                if (k > start) {
                    parts.add(new TokenList(tokens.subList(start, k)));
                }
                if (atEnd) {
                    break;
                }
                start = k + 1;
            }
        }
        return parts;
    }

    /** The strings' contents, at any depth. */
    List<String> strings() {
        return tokens.stream().filter(t -> t.kind() == Token.Kind.STRING).map(Token::text).toList();
    }

    private int baseDepth() {
        return tokens.isEmpty() ? 0 : tokens.get(0).depth();
    }
}
