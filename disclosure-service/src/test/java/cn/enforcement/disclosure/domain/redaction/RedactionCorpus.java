package cn.enforcement.disclosure.domain.redaction;

import cn.enforcement.platform.events.cases.NamedPerson;
import cn.enforcement.platform.events.cases.NamedPerson.Role;
import cn.enforcement.platform.identity.ResidentIdNumber;
import cn.enforcement.platform.identity.UnifiedSocialCreditCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Facts texts as officers write them (overloading, illegal operation, road damage, passenger transport), each with
 * identifiers planted in the written forms seen in real files, and the non-personal tokens that must survive redaction.
 * Made from a fixed seed, so every run reads the same corpus.
 */
final class RedactionCorpus {

    /** A planted personal value, in the form it was written, and the form it was written in. */
    record Planted(String form, String written, String value) {
    }

    /** One text: what the case declared, what was planted, and the public tokens it holds. */
    record Sample(String text, List<NamedPerson> declared, List<String> plates, List<Planted> planted, List<String> publicTokens) {
    }

    static final String OWN_PLATE = "吉A·J0123警";

    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马", "朱", "胡", "欧阳" };
    private static final String[] GIVEN = { "建国", "伟", "芳", "秀英", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞" };
    private static final String[] REGIONS = { "220102", "220104", "220105", "220112", "220203", "220211", "220322", "220581" };
    private static final String[] COMPANIES = { "长春市顺达物流有限公司", "吉林市通和运输有限责任公司", "四平市鸿运货运有限公司", "长春宏基建材有限公司",
            "吉林省畅通客运集团有限公司", "延边长白山旅游客运有限公司" };
    private static final String[] ROADS = { "G1京哈高速", "G12珲乌高速", "G302国道", "S101省道", "长春绕城高速", "G1501长春绕城高速" };
    private static final String[] STATIONS = { "长春绕城高速治超站", "G1京哈高速长春收费站", "九台治超检测站", "吉林西收费站", "四平南收费站" };
    private static final String[] ARTICLES = { "《公路安全保护条例》第六十四条", "《道路运输条例》第六十三条", "《公路法》第七十六条",
            "《超限运输车辆行驶公路管理规定》第四十三条", "《道路运输条例》第七十条" };
    private static final String[] COMMUNITIES = { "南湖新村", "东盛小区", "繁荣花园", "万科城市花园", "春城家园" };
    private static final String[] STREETS = { "同志街", "人民大街", "自由大路", "解放大路", "亚泰大街" };
    private static final String[] VILLAGE_TOWNS = { "九台区胡家乡", "双阳区太平镇", "农安县合隆镇", "德惠市米沙子镇" };
    private static final String[] VILLAGES = { "石羊村", "小河沿村", "前进村", "永安村" };

    private final Random random = new Random(20261207L);

    List<Sample> samples(int count) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            samples.add(sample(i));
        }
        return samples;
    }

    /** The written forms the corpus plants, each a way officers write a value. */
    private final List<Function<Random, Planted>> forms = List.of(
            s -> plant("ID number", id(false)),
            s -> { String id = id(false); return new Planted("ID number in full-width digits", fullWidth(id), id); },
            s -> { String id = id(false); return new Planted("ID number spaced", id.substring(0, 6) + " " + id.substring(6, 14) + " "
                    + id.substring(14), id); },
            s -> { String id = id(false); return new Planted("ID number in groups of four", grouped(id, 4, " "), id); },
            s -> { String id = id(false); return new Planted("ID number dashed", id.substring(0, 6) + "-" + id.substring(6, 14) + "-"
                    + id.substring(14), id); },
            s -> { String id = id(true); return new Planted("ID number with a lower-case x", id.toLowerCase(), id); },
            s -> plant("old 15-digit ID number", oldId()),
            s -> plant("mobile", mobile()),
            s -> { String m = mobile(); return new Planted("mobile dotted", m.substring(0, 3) + "." + m.substring(3, 7) + "." + m.substring(7), m); },
            s -> { String m = mobile(); return new Planted("mobile spaced 3-3-5", m.substring(0, 3) + " " + m.substring(3, 6) + " " + m.substring(6), m); },
            s -> { String m = mobile(); return new Planted("mobile with +86", "+86 " + m.substring(0, 3) + "-" + m.substring(3, 7) + "-" + m.substring(7), m); },
            s -> { String l = digits(8); return new Planted("landline with the area code in brackets", "(0431)" + l.substring(0, 4) + "-" + l.substring(4), "0431" + l); },
            s -> { String l = digits(8); return new Planted("landline in full-width", fullWidth("0432-" + l), "0432" + l); },
            s -> plant("plate", plate()),
            s -> { String p = plate(); return new Planted("plate spaced", p.charAt(0) + " " + p.charAt(1) + " " + p.substring(2), p); },
            s -> { String p = plate(); return new Planted("plate in lower case", p.toLowerCase(), p); },
            s -> { String p = plate(); return new Planted("plate in full-width", p.charAt(0) + fullWidth(p.substring(1)), p); },
            s -> { String p = plate(); return new Planted("plate with a middle dot", p.substring(0, 2) + "·" + p.substring(2), p); },
            s -> plant("new-energy plate", "吉A" + (random.nextBoolean() ? "D" : "F") + digits(5)),
            s -> plant("trailer plate", "吉B" + digits(4) + "挂"),
            s -> { String c = card(); return new Planted("bank card in groups of four", grouped(c, 4, " "), c); },
            s -> plant("bank card", card()),
            s -> plant("door number", pick(COMMUNITIES) + (1 + random.nextInt(40)) + "栋" + (1 + random.nextInt(6)) + "单元"
                    + (101 + random.nextInt(1800)) + "室"),
            s -> { String street = pick(STREETS); int n = 100 + random.nextInt(899);
                return new Planted("door number in Chinese numerals", street + chinese(n) + "号", street + n + "号"); },
            s -> plant("village and group", pick(VILLAGES) + chinese(1 + random.nextInt(9)) + "组"),
            s -> plant("e-mail", "zhang" + digits(4) + "@example.com"));

    private Sample sample(int i) {
        String party = name();
        String driver = name();
        String witness = name();
        boolean individual = i % 2 == 0;
        String company = pick(COMPANIES);
        String creditCode = creditCode(i);
        String partyId = id(false);
        String partyPhone = mobile();
        List<NamedPerson> declared = new ArrayList<>();
        List<Planted> planted = new ArrayList<>();
        if (individual) {
            declared.add(new NamedPerson(Role.PARTY, party, partyId, partyPhone, null));
            planted.add(new Planted("declared party name", party, party));
        }
        String spacedWitness = witness.charAt(0) + " " + witness.substring(1);
        declared.add(new NamedPerson(Role.WITNESS, witness, null, null, null));
        planted.add(new Planted("declared witness name, spaced", spacedWitness, witness));
        String declaredPlate = plate();
        planted.add(new Planted("declared plate, spaced and lower case", declaredPlate.charAt(0) + " " + declaredPlate.substring(1).toLowerCase(),
                declaredPlate));

        List<Planted> extra = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            extra.add(forms.get((i * 4 + k) % forms.size()).apply(random));
        }
        planted.addAll(extra);

        String road = pick(ROADS);
        String station = pick(STATIONS);
        String article = pick(ARTICLES);
        int fine = (1 + random.nextInt(30)) * 1000;
        String tonnage = (40 + random.nextInt(60)) + "." + random.nextInt(10) + "吨";
        String date = "2026年" + (1 + random.nextInt(11)) + "月" + (1 + random.nextInt(28)) + "日";
        String isoDate = "2026-" + String.format("%02d", 1 + random.nextInt(11)) + "-" + String.format("%02d", 1 + random.nextInt(28));
        String stake = "K" + (100 + random.nextInt(1500)) + "+" + (100 + random.nextInt(899));
        String documentNumber = "吉长交执罚〔2026〕第" + String.format("%04d", 1 + random.nextInt(9999)) + "号";
        List<String> publicTokens = new ArrayList<>(List.of(road, station, article, fine + "元", tonnage, date, isoDate, stake,
                documentNumber, OWN_PLATE));
        String who = individual ? "当事人" + party : "当事人" + company + "（统一社会信用代码" + creditCode + "）";
        if (!individual) {
            publicTokens.add(company);
            publicTokens.add(creditCode);
        }
        String[] p = extra.stream().map(Planted::written).toArray(String[]::new);
        String facts = switch (i % 4) {
            case 0 -> who + "于" + date + "驾驶" + declaredPlate.charAt(0) + " " + declaredPlate.substring(1).toLowerCase()
                    + "号重型半挂牵引车在" + road + stake + "处被" + station + "检测，车货总重" + tonnage + "，超过限定标准。驾驶员"
                    + driver + "（身份信息：" + p[0] + "）称不知情，联系方式" + p[1] + "。执法车辆" + OWN_PLATE + "到场，证人" + spacedWitness
                    + "在场，另记录" + p[2] + "、" + p[3] + "。依据" + article + "罚款" + fine + "元，" + isoDate + "送达" + documentNumber + "。";
            case 1 -> "经查，" + who + "未取得道路运输经营许可，于" + date + "使用" + declaredPlate.charAt(0) + " "
                    + declaredPlate.substring(1).toLowerCase() + "号车辆在" + station + "附近招揽乘客从事经营，收取费用共计" + fine
                    + "元。司机" + driver + "当场承认，其联系电话" + p[0] + "，住址" + p[1] + "。现场证人" + spacedWitness + "证实，乘客提供" + p[2]
                    + "，另见" + p[3] + "。以上事实违反" + article + "，" + isoDate + "于" + road + stake + "制作笔录，文书" + documentNumber + "。";
            case 2 -> who + "于" + date + "在" + road + stake + "处施工，擅自占用、挖掘公路，损坏路面" + tonnage + "（折算），驾驶员" + driver
                    + "操作挖掘机，车牌" + declaredPlate.charAt(0) + " " + declaredPlate.substring(1).toLowerCase() + "。证人" + spacedWitness
                    + "（" + p[0] + "）指认，记录" + p[1] + "；" + p[2] + "；" + p[3] + "。执法车" + OWN_PLATE + "。依据" + article + "罚款" + fine
                    + "元，" + isoDate + "，" + station + "，" + documentNumber + "。";
            default -> who + "所属客车" + declaredPlate.charAt(0) + " " + declaredPlate.substring(1).toLowerCase() + "于" + date + "在" + road
                    + "超员运输，核载" + (30 + random.nextInt(20)) + "人，实载超出。驾驶人" + driver + "持证" + p[0] + "，联系人电话" + p[1]
                    + "，乘客" + spacedWitness + "反映情况，另有" + p[2] + "及" + p[3] + "。" + station + stake + "查获，" + isoDate
                    + "，依据" + article + "罚款" + fine + "元，" + documentNumber + "，执法车" + OWN_PLATE + "。";
        };
        if (facts.contains("驾驶员" + driver) || facts.contains("司机" + driver) || facts.contains("驾驶人" + driver)) {
            planted.add(new Planted("driver's name after the role", driver, driver));
        }
        return new Sample(facts, declared, List.of(declaredPlate), planted, publicTokens.stream().filter(facts::contains).toList());
    }

    private Planted plant(String form, String value) {
        return new Planted(form, value, value);
    }

    private String name() {
        return pick(SURNAMES) + pick(GIVEN);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String digits(int n) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < n; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private String id(boolean endingInX) {
        while (true) {
            String body = pick(REGIONS) + (1950 + random.nextInt(55)) + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                    + digits(3);
            char check = ResidentIdNumber.checkCharacter(body);
            if (endingInX == (check == 'X')) {
                return body + check;
            }
        }
    }

    private String oldId() {
        return pick(REGIONS) + String.format("%02d%02d%02d", 50 + random.nextInt(49), 1 + random.nextInt(12), 1 + random.nextInt(28)) + digits(3);
    }

    private String mobile() {
        return "1" + "3456789".charAt(random.nextInt(7)) + digits(9);
    }

    private String plate() {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        StringBuilder serial = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            serial.append(random.nextInt(3) == 0 ? letters.charAt(random.nextInt(letters.length())) : (char) ('0' + random.nextInt(10)));
        }
        return "吉" + "ABCDEFGH".charAt(random.nextInt(8)) + serial;
    }

    private String card() {
        String body = "622202" + digits(12);
        for (int check = 0; check < 10; check++) {
            if (PersonalDataDetectors.luhn(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException("no Luhn check digit");
    }

    /** An all-digit unified social credit code half the time (the form that was once masked as an ID number), else one with letters. */
    private String creditCode(int i) {
        String characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        while (true) {
            StringBuilder body = new StringBuilder("91220101");
            for (int k = 0; k < 9; k++) {
                body.append(i % 4 == 1 ? (char) ('0' + random.nextInt(10)) : characters.charAt(random.nextInt(characters.length())));
            }
            String code = body.toString() + UnifiedSocialCreditCode.checkCharacter(body.toString());
            boolean allDigits = code.chars().allMatch(Character::isDigit);
            if (i % 4 != 1 || allDigits && !ResidentIdNumber.isValid(code)) {
                return code;
            }
        }
    }

    private static String grouped(String value, int size, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i += size) {
            out.append(i == 0 ? "" : separator).append(value, i, Math.min(value.length(), i + size));
        }
        return out.toString();
    }

    static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c);
        }
        return out.toString();
    }

    private static String chinese(int n) {
        String digits = "〇一二三四五六七八九";
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }
}
