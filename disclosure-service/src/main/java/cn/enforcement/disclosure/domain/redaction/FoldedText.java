package cn.enforcement.disclosure.domain.redaction;

import java.text.Normalizer;

/**
 * A text folded into the one form the detectors read, with where each folded character came from: Unicode NFKC
 * (full-width digits and letters, ideographic spaces and brackets), upper-case letters, and Chinese numerals before a
 * door-number unit as digits (九二八号 and 九百二十八号 as 928号). A span found in the folded text maps back to the
 * original, which is what is masked.
 */
final class FoldedText {

    private static final String CHINESE_DIGITS = "〇零一二三四五六七八九";
    private static final String DOOR_UNITS = "号栋幢单元室组层楼户";

    private final String folded;
    private final int[] startOf;
    private final int[] endOf;

    private FoldedText(String folded, int[] startOf, int[] endOf) {
        this.folded = folded;
        this.startOf = startOf;
        this.endOf = endOf;
    }

    static FoldedText of(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] starts = new int[original.length() * 2 + 1];
        int[] ends = new int[original.length() * 2 + 1];
        int i = 0;
        while (i < original.length()) {
            int runEnd = chineseNumeralRunBeforeUnit(original, i);
            String piece;
            int next;
            if (runEnd > i) {
                piece = arabic(original.substring(i, runEnd));
                next = runEnd;
            } else {
                int codePoint = original.codePointAt(i);
                next = i + Character.charCount(codePoint);
                piece = fold(codePoint);
            }
            for (int k = 0; k < piece.length(); k++) {
                if (folded.length() == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                }
                starts[folded.length()] = i;
                ends[folded.length()] = next;
                folded.append(piece.charAt(k));
            }
            i = next;
        }
        return new FoldedText(folded.toString(), starts, ends);
    }

    /** A value as it is compared: folded, with separators between its characters removed. */
    static String key(String value) {
        String folded = of(value).folded;
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            if (!Separators.isSeparator(folded.charAt(i))) {
                key.append(folded.charAt(i));
            }
        }
        return key.toString();
    }

    String text() {
        return folded;
    }

    /** Where the folded characters [start, end) came from in the original text. */
    int originalStart(int start) {
        return startOf[start];
    }

    int originalEnd(int end) {
        return endOf[end - 1];
    }

    private static String fold(int codePoint) {
        if (codePoint >= 'a' && codePoint <= 'z') {
            return String.valueOf((char) (codePoint - 32));
        }
        if (codePoint < 0x80 || codePoint >= 0x4E00 && codePoint <= 0x9FFF) {
            return Character.toString(codePoint);
        }
        String normalized = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normalized.length());
        for (int k = 0; k < normalized.length(); k++) {
            char c = normalized.charAt(k);
            out.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c == '\u3000' ? ' ' : c);
        }
        return out.toString();
    }

    /** The end of a run of Chinese numerals that stands right before a door-number unit and not after 第; else start. */
    private static int chineseNumeralRunBeforeUnit(String text, int start) {
        if (start > 0 && text.charAt(start - 1) == '第') {
            return start;
        }
        int end = start;
        while (end < text.length() && (CHINESE_DIGITS.indexOf(text.charAt(end)) >= 0 || "十百".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        boolean beforeUnit = end > start && end < text.length() && DOOR_UNITS.indexOf(text.charAt(end)) >= 0;
        boolean startsAsANumber = text.charAt(start) != '百';
        return beforeUnit && startsAsANumber ? end : start;
    }

    /** 九二八 → 928 digit by digit; 九百二十八 → 928 and 十二 → 12 by value. */
    static String arabic(String numerals) {
        if (numerals.indexOf('十') < 0 && numerals.indexOf('百') < 0) {
            StringBuilder digits = new StringBuilder();
            for (char c : numerals.toCharArray()) {
                digits.append(digitOf(c));
            }
            return digits.toString();
        }
        int value = 0;
        int pending = 0;
        for (char c : numerals.toCharArray()) {
            if (c == '百') {
                value += Math.max(pending, 1) * 100;
                pending = 0;
            } else if (c == '十') {
                value += Math.max(pending, 1) * 10;
                pending = 0;
            } else {
                pending = digitOf(c);
            }
        }
        return String.valueOf(value + pending);
    }

    private static int digitOf(char numeral) {
        return Math.max(CHINESE_DIGITS.indexOf(numeral) - 1, 0);
    }
}
