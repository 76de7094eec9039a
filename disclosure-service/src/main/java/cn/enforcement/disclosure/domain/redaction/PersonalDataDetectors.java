package cn.enforcement.disclosure.domain.redaction;

import cn.enforcement.platform.identity.ResidentIdNumber;
import cn.enforcement.platform.identity.UnifiedSocialCreditCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What looks personal in a folded text although the case did not declare it: identity numbers (18 digits, or 15 of the
 * old form), mobile and landline numbers, plates, bank cards (Luhn), e-mail, addresses below street level, and names
 * next to the roles officers write them after. An organisation's unified social credit code stays public (PL 48; GI 20).
 */
final class PersonalDataDetectors {

    private static final String SEP = Separators.UP_TO_TWO;
    private static final Pattern NUMBER_TOKEN = Pattern.compile(
            "(?<![0-9A-Z])(?:\\+?86" + SEP + ")?\\(?\\d(?:" + SEP + "\\d){5,}(?:" + SEP + "X)?(?![0-9A-Z])");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "(?<!\\d)(?=\\d)(?:(?:19|20)\\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\\d|3[01])|(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?)(?!\\d)");
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "^\\s?(?:元|万元|吨|千克|公斤|克|KG|T|公里|千米|KM|米|M|厘米|CM|毫米|MM|轴|辆|次|人|%|年|月|日|时|分|秒|KM/H|条|款|项)");
    private static final Pattern PHONE_CONTEXT = Pattern.compile("(?:电话|手机|联系|座机|TEL|号码)[^\\d]{0,4}$");
    private static final Pattern CREDIT_CODE_CONTEXT = Pattern.compile("信用代码[^\\d]{0,4}$");
    private static final Pattern PLATE = Pattern.compile("(?<![A-Z0-9])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
            + "[ \\-.·•]{0,2}[A-Z](?:[ \\-.·•]{0,2}[A-Z0-9]){4,6}(?:[ \\-.·•]{0,2}[挂学警港澳领试超])?(?![A-Z0-9])");
    private static final Pattern EMAIL = Pattern.compile("[A-Z0-9._%+\\-]+@[A-Z0-9.\\-]+\\.[A-Z]{2,}");
    private static final String PLACE_CHARACTER = "[\\p{IsHan}&&[^省市区县镇乡旗住在于至从到的和与及、，。；：第号持证称为是有被将把对向址]]";
    private static final String UNIT = "(?:号楼|号院|号|栋|幢|单元|室|组|层|楼|户)";
    private static final String NUMERAL = "\\d{1,5}(?:-\\d{1,5})?";
    /** The door part of an address (29栋3单元928室); the place it belongs to is read backwards from where it starts. */
    private static final Pattern DOOR_PART = Pattern.compile("(?<!第)" + NUMERAL + UNIT + "(?:[-之]?" + NUMERAL + UNIT + ")*");
    private static final Pattern PLACE_SUFFIX = Pattern.compile(
            "(?:路|街|巷|大道|大街|胡同|村|屯|小区|花园|公寓|家园|新村|苑|庄|社区|里|弄|院|大厦|广场)$");
    private static final Pattern PLACE_CHARACTERS = Pattern.compile(PLACE_CHARACTER + "+$");
    private static final Pattern DOOR_UNIT = Pattern.compile(NUMERAL + "(" + UNIT + ")");
    private static final Set<String> DOOR_UNITS = Set.of("栋", "幢", "单元", "室", "户", "号楼");
    private static final Pattern RESIDENCE = Pattern.compile(
            "(?=[家户住居现])(?:家庭住址|户籍所在地|住所地|户籍地|居住于|居住在|住址|住所|家住|现住|(?:^|(?<=[，,、 男女岁族人]))住(?![宿院房户]))[:：为]?");
    private static final Pattern RESIDENCE_SEGMENT = Pattern.compile("[^，,。；;\\s)）*]{1,40}");
    private static final Pattern ADMINISTRATIVE_LEVEL = Pattern.compile("(?:省|自治区|市|(?<![小社园校景厂矿])区|县|旗|镇|乡|街道)");
    private static final Pattern VILLAGE = Pattern.compile("[村屯](?![委民道级])");
    private static final Pattern VILLAGE_NAME = Pattern.compile("[\\p{IsHan}&&[^省市区县镇乡在于的住经途过往入出向至到从自和与及]]{2,4}$");
    private static final Pattern ROLE = Pattern.compile(
            "(?=[法委驾负代押经联承举受司证车业户姓乘])(?:法定代表人|委托代理人|驾驶员|驾驶人|负责人|法人代表|代理人|押运员|经营者|联系人|承运人|举报人|受害人|司机|证人|车主|业户|户主|姓名|乘客)"
                    + "[:：为是 ]{0,2}");

    private PersonalDataDetectors() {
    }

    static List<Finding> findIn(String folded) {
        List<Finding> findings = new ArrayList<>();
        String scannable = withDatesBlanked(folded);
        numbers(scannable, findings);
        plates(folded, findings);
        if (folded.indexOf('@') >= 0) {
            matches(EMAIL, folded, PersonalDataKind.EMAIL, findings);
        }
        residences(folded, findings);
        doorAddresses(folded, findings);
        villages(folded, findings);
        names(folded, findings);
        return findings;
    }

    private static String withDatesBlanked(String folded) {
        Matcher dates = DATE_OR_TIME.matcher(folded);
        StringBuilder blanked = new StringBuilder(folded);
        while (dates.find()) {
            for (int i = dates.start(); i < dates.end(); i++) {
                blanked.setCharAt(i, '#');
            }
        }
        return blanked.toString();
    }

    /** A run of digits with separators, read as one number or, when that is nothing known, as consecutive known numbers. */
    private static void numbers(String text, List<Finding> findings) {
        Matcher token = NUMBER_TOKEN.matcher(text);
        while (token.find()) {
            if (UNIT_AFTER.matcher(text.substring(token.end(), Math.min(text.length(), token.end() + 6))).find()) {
                continue;
            }
            List<int[]> groups = digitGroups(text, token.start(), token.end());
            int unknownFrom = -1;
            int unknownTo = -1;
            int i = 0;
            while (i < groups.size()) {
                int last = longestKnownRun(text, groups, i);
                if (last < 0) {
                    unknownFrom = unknownFrom < 0 ? groups.get(i)[0] : unknownFrom;
                    unknownTo = groups.get(i)[1];
                    i++;
                    continue;
                }
                flushUnknown(text, unknownFrom, unknownTo, findings);
                unknownFrom = -1;
                Finding known = classify(text, groups.get(i)[0], groups.get(last)[1]);
                if (known != PUBLIC) {
                    findings.add(known);
                }
                i = last + 1;
            }
            flushUnknown(text, unknownFrom, unknownTo, findings);
        }
    }

    /** The last group of the longest run of groups from {@code first} that reads as one known number, or -1. */
    private static int longestKnownRun(String text, List<int[]> groups, int first) {
        for (int last = groups.size() - 1; last >= first; last--) {
            if (classify(text, groups.get(first)[0], groups.get(last)[1]) != null) {
                return last;
            }
        }
        return -1;
    }

    /** Marks a number that is known to be public, such as an organisation's credit code. */
    private static final Finding PUBLIC = new Finding(null, 0, 0, false, null);

    private static List<int[]> digitGroups(String text, int start, int end) {
        List<int[]> groups = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (!Character.isDigit(text.charAt(i)) && text.charAt(i) != 'X') {
                i++;
                continue;
            }
            int from = i;
            while (i < end && (Character.isDigit(text.charAt(i)) || text.charAt(i) == 'X')) {
                i++;
            }
            groups.add(new int[] { from, i });
        }
        return groups;
    }

    private static void flushUnknown(String text, int from, int to, List<Finding> findings) {
        if (from >= 0 && digitsOf(text.substring(from, to)).length() >= 7) {
            findings.add(Finding.uncertain(PersonalDataKind.NUMBER, from, to));
        }
    }

    private static String digitsOf(String raw) {
        StringBuilder digits = new StringBuilder(raw.length());
        for (char c : raw.toCharArray()) {
            if (Character.isDigit(c) || c == 'X') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** What the digits [start, end) are as a whole: a finding, PUBLIC, or null when they are nothing known. */
    private static Finding classify(String text, int start, int end) {
        String digits = digitsOf(text.substring(start, end));
        int n = digits.length();
        String before = text.substring(Math.max(0, start - 12), start);
        if (n == 18) {
            if (UnifiedSocialCreditCode.isValid(digits) && (CREDIT_CODE_CONTEXT.matcher(before).find() || !ResidentIdNumber.isValid(digits))) {
                return PUBLIC;
            }
            if (ResidentIdNumber.isValid(digits) || plausibleBirth(digits.substring(6, 14)) || digits.endsWith("X")) {
                return Finding.certain(PersonalDataKind.ID_NUMBER, start, end);
            }
        }
        if (digits.indexOf('X') >= 0) {
            return null;
        }
        if (n == 15 && plausibleBirth("19" + digits.substring(6, 12))) {
            return Finding.certain(PersonalDataKind.ID_NUMBER, start, end);
        }
        if (n == 11 && digits.matches("1[3-9]\\d{9}") || n == 13 && digits.matches("861[3-9]\\d{9}")
                || (n == 7 || n == 8) && PHONE_CONTEXT.matcher(before).find()) {
            return Finding.certain(PersonalDataKind.PHONE, start, end);
        }
        if (digits.startsWith("0") && n >= 10 && n <= 12) {
            boolean areaCodeInBrackets = start > 0 && text.charAt(start - 1) == '(';
            return Finding.certain(PersonalDataKind.PHONE, areaCodeInBrackets ? start - 1 : start, end);
        }
        if (n >= 16 && n <= 19 && luhn(digits)) {
            return Finding.certain(PersonalDataKind.BANK_CARD, start, end);
        }
        return null;
    }

    private static boolean plausibleBirth(String yyyymmdd) {
        try {
            java.time.LocalDate day = java.time.LocalDate.parse(yyyymmdd, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            return day.getYear() >= 1900 && day.getYear() <= 2030;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** The Luhn check of card numbers (ISO/IEC 7812). */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static void plates(String text, List<Finding> findings) {
        Matcher plate = PLATE.matcher(text);
        while (plate.find()) {
            String body = Separators.stripped(plate.group()).substring(1);
            boolean suffixed = "挂学警港澳领试超".indexOf(body.charAt(body.length() - 1)) >= 0;
            int serial = body.length() - 1 - (suffixed ? 1 : 0);
            if (serial == 5 || serial == 6 || suffixed && serial == 4) {
                findings.add(Finding.certain(PersonalDataKind.PLATE, plate.start(), plate.end()));
            }
        }
    }

    private static void matches(Pattern pattern, String text, PersonalDataKind kind, List<Finding> findings) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            findings.add(Finding.certain(kind, matcher.start(), matcher.end()));
        }
    }

    /** After 住/住址/家住…: what stands below the last administrative level (省, 市, 区, 县, 镇, 乡, 街道). */
    private static void residences(String text, List<Finding> findings) {
        Matcher marker = RESIDENCE.matcher(text);
        while (marker.find()) {
            Matcher segment = RESIDENCE_SEGMENT.matcher(text).region(marker.end(), text.length());
            if (!segment.lookingAt()) {
                continue;
            }
            Matcher level = ADMINISTRATIVE_LEVEL.matcher(text).region(segment.start(), segment.end());
            int below = segment.start();
            while (level.find()) {
                below = level.end();
            }
            if (below < segment.end()) {
                findings.add(Finding.certain(PersonalDataKind.ADDRESS, below, segment.end()));
            }
        }
    }

    /** A door part after a road, community or village (南湖新村29栋, 同志街928号), or one that is a door by itself (3单元928室). */
    private static void doorAddresses(String text, List<Finding> findings) {
        Matcher door = DOOR_PART.matcher(text);
        while (door.find()) {
            Matcher units = DOOR_UNIT.matcher(door.group());
            int count = 0;
            boolean doorUnit = false;
            while (units.find()) {
                count++;
                doorUnit |= DOOR_UNITS.contains(units.group(1));
            }
            int placeStart = placeBefore(text, door.start());
            if (placeStart < door.start() || count >= 2 || doorUnit) {
                findings.add(Finding.certain(PersonalDataKind.ADDRESS, placeStart, door.end()));
            }
        }
    }

    /** Where the place named right before {@code at} begins (one to four characters and a suffix such as 路 or 村), else at. */
    private static int placeBefore(String text, int at) {
        String before = text.substring(Math.max(0, at - 10), at);
        Matcher suffix = PLACE_SUFFIX.matcher(before);
        if (!suffix.find()) {
            return at;
        }
        Matcher name = PLACE_CHARACTERS.matcher(before.substring(0, suffix.start()));
        if (!name.find()) {
            return at;
        }
        int nameLength = Math.min(4, suffix.start() - name.start());
        return at - (before.length() - suffix.start()) - nameLength;
    }

    private static void villages(String text, List<Finding> findings) {
        Matcher village = VILLAGE.matcher(text);
        while (village.find()) {
            Matcher name = VILLAGE_NAME.matcher(text.substring(Math.max(0, village.start() - 4), village.start()));
            if (name.find()) {
                findings.add(Finding.uncertain(PersonalDataKind.ADDRESS, village.start() - (name.end() - name.start()), village.end()));
            }
        }
    }

    /** A name after a role (驾驶员王建国): a known surname and one or two given characters; else flagged for a person to read. */
    private static void names(String text, List<Finding> findings) {
        Matcher role = ROLE.matcher(text);
        while (role.find()) {
            int at = role.end();
            int surname = PersonNames.surnameLengthAt(text, at);
            int given = 0;
            while (given < 2 && PersonNames.isGivenNameCharacter(text, at + surname + given)) {
                given++;
            }
            if (surname > 0 && given > 0 && !PersonNames.isCommonWord(text, at, at + surname + given)) {
                findings.add(new Finding(PersonalDataKind.NAME, at, at + surname + given, true,
                        text.substring(at, at + surname) + PersonNames.MASKED_GIVEN_NAME));
            } else if (surname == 0 && given == 2 && !PersonNames.isCommonWord(text, at, at + 2)) {
                findings.add(Finding.uncertain(PersonalDataKind.NAME, at, at + 2));
            }
        }
    }
}
