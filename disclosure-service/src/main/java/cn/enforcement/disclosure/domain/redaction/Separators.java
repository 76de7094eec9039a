package cn.enforcement.disclosure.domain.redaction;

/** What officers put inside a number or a plate: spaces, dashes, dots, slashes and brackets (already folded to ASCII). */
final class Separators {

    static final String CHARACTERS = " \t-.·•/()_—–~";

    /** A regular-expression class of up to two separators. */
    static final String UP_TO_TWO = "[ \\t\\-.·•/()_—–~]{0,2}";

    private Separators() {
    }

    static boolean isSeparator(char c) {
        return CHARACTERS.indexOf(c) >= 0;
    }

    static String stripped(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isSeparator(text.charAt(i))) {
                kept.append(text.charAt(i));
            }
        }
        return kept.toString();
    }
}
