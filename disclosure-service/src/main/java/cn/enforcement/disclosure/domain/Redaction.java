package cn.enforcement.disclosure.domain;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the public may not read in a published decision (GI 15; seed 002): an individual's name is shown
 * as 张某某; resident ID numbers, phone numbers, vehicle plates, bank accounts and street addresses are
 * masked wherever they stand, also inside free text. Organisations' names and credit codes stay.
 */
public final class Redaction {

    public static final String MASK = "＊＊＊";

    /** 18-digit resident IDs (valid check digit or not: a mistyped one is still personal) and 15-digit old ones. */
    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|\\d{15})(?![0-9A-Za-z])");
    private static final Pattern BANK_ACCOUNT = Pattern.compile("(?<!\\d)\\d{16,19}(?!\\d)");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2}(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)0\\d{2,3}-?\\d{7,8}(?!\\d)");
    private static final Pattern PLATE = Pattern.compile(
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警]?");
    private static final Pattern STREET_ADDRESS = Pattern.compile(
            "\\p{IsHan}{1,4}(?:路|街|巷|大道|胡同)\\d+(?:-\\d+)*号(?:\\d+(?:号|栋|幢|单元|室))*");

    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
            "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延", "淳于");

    private Redaction() {
    }

    /** 张三 → 张某某; a compound surname keeps both its characters (欧阳娜娜 → 欧阳某某). */
    public static String maskedName(String name) {
        String trimmed = name.strip();
        String surname = COMPOUND_SURNAMES.stream().filter(trimmed::startsWith).findFirst()
                .orElse(trimmed.isEmpty() ? "" : trimmed.substring(0, 1));
        return surname + "某某";
    }

    /** The text as the public may read it: the individual's name masked, every personal pattern replaced. */
    public static String publicText(String text, String individualName) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        if (individualName != null && !individualName.isBlank()) {
            redacted = redacted.replace(individualName.strip(), maskedName(individualName));
        }
        for (Pattern pattern : List.of(RESIDENT_ID, BANK_ACCOUNT, MOBILE, LANDLINE, PLATE, STREET_ADDRESS)) {
            redacted = pattern.matcher(redacted).replaceAll(Matcher.quoteReplacement(MASK));
        }
        return redacted;
    }

    /** Further phrases the disclosure admin masks: more, never less. */
    public static String withPhrasesMasked(String text, List<String> phrases) {
        String redacted = text;
        for (String phrase : phrases) {
            redacted = redacted.replace(phrase, MASK);
        }
        return redacted;
    }
}
