package cn.enforcement.disclosure.domain.redaction;

import java.util.Set;

/** Chinese personal names as officers write them: a surname (one character, or two for 欧阳, 司马 …) and a given name. */
final class PersonNames {

    static final String MASKED_GIVEN_NAME = "某某";

    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
            "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延", "淳于");

    /** The common single-character surnames (百家姓, the most frequent few hundred). */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余于杜叶程苏魏吕丁任沈姚卢"
            + "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜"
            + "倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟"
            + "艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖"
            + "巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支"
            + "卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利于";

    /** Characters that end a name in officers' sentences: verbs, prepositions and particles that follow one. */
    private static final String NOT_IN_A_GIVEN_NAME = "某驾于在的称因系未将持携经对等向以为是说承现和与及到从自无已被把拒当男女年所签供陈表作也均同"
            + "证于之其该此这那个名人等、，。；：:（）()“”\"' 　";

    /** Words that stand after a role and are no name (车主单位, 证人证言). */
    private static final Set<String> COMMON_WORDS = Set.of("单位", "信息", "身份", "本人", "未能", "均未", "驾驶", "证言", "证件", "资格", "情况",
            "签字", "签名", "确认", "陈述", "供述", "一人", "一名", "名称", "姓名", "电话", "住址", "联系", "不在", "不详", "同意", "拒绝",
            "出示", "提供", "明知", "承认", "称其", "向其", "经营", "运输", "车辆", "货车", "现场", "员工");

    private PersonNames() {
    }

    /** 张三 → 张某某; a compound surname keeps both its characters (欧阳娜娜 → 欧阳某某). */
    static String masked(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        String surname = trimmed.length() > 2 && COMPOUND_SURNAMES.contains(trimmed.substring(0, 2)) ? trimmed.substring(0, 2)
                : trimmed.substring(0, 1);
        return surname + MASKED_GIVEN_NAME;
    }

    /** The length of the surname that begins at {@code at}: 2 for a compound surname, 1 for a common one, else 0. */
    static int surnameLengthAt(String text, int at) {
        if (at + 2 <= text.length() && COMPOUND_SURNAMES.contains(text.substring(at, at + 2))) {
            return 2;
        }
        return at < text.length() && SURNAMES.indexOf(text.charAt(at)) >= 0 ? 1 : 0;
    }

    static boolean isGivenNameCharacter(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && NOT_IN_A_GIVEN_NAME.indexOf(c) < 0;
    }

    static boolean isCommonWord(String text, int start, int end) {
        return end - start >= 2 && COMMON_WORDS.contains(text.substring(start, start + 2));
    }
}
