package cn.enforcement.disclosure.domain.redaction;

import cn.enforcement.platform.events.cases.NamedPerson;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the public may not read in a published text (GI 15; PIPL 28; seed 002): first every person and vehicle the case
 * declared, matched exactly in any written form (full-width, spaced or dashed, upper or lower case, 九二八号 for 928号);
 * then whatever the detectors find that the case did not declare. Names become 张某某, the rest ＊＊＊. What the
 * detectors are unsure of is left for the disclosure admin and flagged: publication waits until each is decided.
 */
public final class Redaction {

    public static final String MASK = "＊＊＊";

    private record Declared(PersonalDataKind kind, Pattern pattern, String replacement) {
    }

    private final List<Declared> declared;
    private final Set<String> publicPlates;

    private Redaction(List<Declared> declared, Set<String> publicPlates) {
        this.declared = declared;
        this.publicPlates = publicPlates;
    }

    /** The redaction of one case: the persons and plates it named; the agency's own plates that may stay public. */
    public static Redaction of(List<NamedPerson> persons, List<String> plates, Collection<String> publicPlates) {
        List<Declared> declared = new ArrayList<>();
        for (NamedPerson person : persons) {
            add(declared, PersonalDataKind.NAME, person.name(), person.name() == null ? null : PersonNames.masked(person.name()));
            add(declared, PersonalDataKind.ID_NUMBER, person.idNumber(), MASK);
            add(declared, PersonalDataKind.PHONE, person.phone(), MASK);
            add(declared, PersonalDataKind.ADDRESS, person.address(), MASK);
        }
        plates.forEach(plate -> add(declared, PersonalDataKind.PLATE, plate, MASK));
        declared.sort(Comparator.comparingInt((Declared d) -> d.pattern().pattern().length()).reversed());
        return new Redaction(declared, publicPlates.stream().map(FoldedText::key).collect(Collectors.toSet()));
    }

    /** 张三 → 张某某; a compound surname keeps both its characters (欧阳娜娜 → 欧阳某某). */
    public static String maskedName(String name) {
        return PersonNames.masked(name);
    }

    /** Further phrases the disclosure admin masks: more, never less. */
    public static String withPhrasesMasked(String text, List<String> phrases) {
        String redacted = text;
        for (String phrase : phrases) {
            redacted = redacted.replace(phrase, MASK);
        }
        return redacted;
    }

    /** The text with everything declared and everything a detector is sure of masked. */
    public Redacted redact(String text) {
        if (text == null) {
            return new Redacted(null, Map.of());
        }
        FoldedText folded = FoldedText.of(text);
        List<Span> spans = merged(spansOf(folded, findings(folded).stream().filter(Finding::certain).toList()));
        StringBuilder out = new StringBuilder(text.length());
        Map<PersonalDataKind, Integer> counts = new EnumMap<>(PersonalDataKind.class);
        int at = 0;
        for (Span span : spans) {
            out.append(text, at, span.start()).append(span.replacement());
            counts.merge(span.kind(), 1, Integer::sum);
            at = span.end();
        }
        return new Redacted(out.append(text.substring(at)).toString(), counts);
    }

    /**
     * What a text still holds that looks personal, by kind and position; spans a person declared not personal
     * ({@code notPersonal}, compared in folded form) are left out.
     */
    public List<FlaggedSpan> flags(String text, Collection<String> notPersonal) {
        if (text == null) {
            return List.of();
        }
        FoldedText folded = FoldedText.of(text);
        Set<String> cleared = notPersonal.stream().map(FoldedText::key).collect(Collectors.toSet());
        return merged(spansOf(folded, findings(folded))).stream()
                .map(span -> new FlaggedSpan(span.kind(), span.start(), span.end(), text.substring(span.start(), span.end())))
                .filter(flag -> !cleared.contains(FoldedText.key(flag.text())))
                .toList();
    }

    private List<Finding> findings(FoldedText folded) {
        String text = folded.text();
        List<Finding> findings = new ArrayList<>();
        for (Declared value : declared) {
            Matcher matcher = value.pattern().matcher(text);
            while (matcher.find()) {
                findings.add(new Finding(value.kind(), matcher.start(), matcher.end(), true, value.replacement()));
            }
        }
        for (Finding finding : PersonalDataDetectors.findIn(text)) {
            boolean publicPlate = finding.kind() == PersonalDataKind.PLATE
                    && publicPlates.contains(Separators.stripped(text.substring(finding.start(), finding.end())));
            if (!publicPlate) {
                findings.add(finding);
            }
        }
        return findings;
    }

    private record Span(PersonalDataKind kind, int start, int end, String replacement) {
    }

    private static List<Span> spansOf(FoldedText folded, List<Finding> findings) {
        return findings.stream().map(f -> new Span(f.kind(), folded.originalStart(f.start()), folded.originalEnd(f.end()),
                f.replacement() == null ? MASK : f.replacement())).toList();
    }

    /** Overlapping spans become one; a name that overlaps anything else is masked as a whole. */
    private static List<Span> merged(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() < last.end()) {
                if (span.end() > last.end()) {
                    merged.set(merged.size() - 1, new Span(last.kind(), last.start(), span.end(), MASK));
                }
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private static void add(List<Declared> declared, PersonalDataKind kind, String value, String replacement) {
        if (value == null) {
            return;
        }
        String key = FoldedText.key(value);
        if (key.length() < 2) {
            return;
        }
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            if (i > 0) {
                pattern.append(Separators.UP_TO_TWO);
            }
            pattern.append(Pattern.quote(String.valueOf(key.charAt(i))));
        }
        declared.add(new Declared(kind, Pattern.compile(pattern.toString()), replacement));
    }
}
