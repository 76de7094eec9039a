import cn.enforcement.disclosure.domain.redaction.Redaction;
import cn.enforcement.platform.events.cases.NamedPerson;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Redaction of a 5,000-character facts text (goal: under 5 ms), beside two anchors measured in the same run on the same
 * text: Unicode NFKC normalisation alone, and one pass of one regular expression. Run by ./platform.sh bench redaction.
 */
public class RedactionBenchmark {

    private static final String PARAGRAPH = "当事人吉林省畅通客运集团有限公司（统一社会信用代码91220101MA0Y3KXX1T）所属客车吉 a 12345于2026年3月5日"
            + "在G1京哈高速K1050+300处超员运输，驾驶员王建国（身份证２２０１０２１９９００３０７１２３４，电话138.7895.2670）称不知情，"
            + "住长春市朝阳区南湖新村29栋3单元928室，证人赵 六在场，账户6222 0212 3456 7890 128。依据《公路安全保护条例》第六十四条罚款20000元。";

    public static void main(String[] args) {
        StringBuilder text = new StringBuilder();
        while (text.length() < 5000) {
            text.append(PARAGRAPH);
        }
        String facts = text.substring(0, 5000);
        Redaction redaction = Redaction.of(List.of(new NamedPerson(NamedPerson.Role.WITNESS, "赵六", null, null, null),
                new NamedPerson(NamedPerson.Role.DRIVER, "王建国", "220102199003071234", "13878952670", null)), List.of("吉A12345"), List.of());
        Pattern digits = Pattern.compile("\\d{11}");
        double redact = median(() -> redaction.redact(facts).text().length());
        double flags = median(() -> redaction.flags(facts, List.of()).size());
        double nfkc = median(() -> Normalizer.normalize(facts, Normalizer.Form.NFKC).length());
        double regex = median(() -> (int) digits.matcher(facts).results().count());
        System.out.printf("[bench] redaction of a %d-character text: %.2f ms (goal < 5 ms); the publication check (flags): %.2f ms%n",
                facts.length(), redact, flags);
        System.out.printf("[bench]   anchors on the same text: NFKC normalisation %.3f ms, one regular-expression pass %.3f ms;"
                + " redaction = %.0f x NFKC%n", nfkc, regex, redact / nfkc);
    }

    /** Median milliseconds of one call, after a warm-up, over 200 measured calls. */
    private static double median(java.util.function.IntSupplier work) {
        long sink = 0;
        for (int i = 0; i < 300; i++) {
            sink += work.getAsInt();
        }
        double[] ms = new double[200];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            sink += work.getAsInt();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == 42) {
            System.out.println();
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
