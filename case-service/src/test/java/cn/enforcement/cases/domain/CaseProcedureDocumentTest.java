package cn.enforcement.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/case-procedure.md} shows the transition table as the code has it: the diagram and the table are
 * rendered from {@link CaseProcedure} here and must equal the file. When the table changes, copy
 * {@code case-service/target/case-procedure.md} (written when they differ) over the document.
 */
class CaseProcedureDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "case-procedure.md");

    @Test
    void theDocumentShowsTheTableTheCodeHas() throws IOException {
        String rendered = render();
        String kept = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
        if (!rendered.equals(kept)) {
            Files.writeString(Path.of("target", "case-procedure.md"), rendered, StandardCharsets.UTF_8);
        }
        assertThat(kept).as("docs/case-procedure.md against the table; the rendering is in case-service/target/case-procedure.md")
                .isEqualTo(rendered);
    }

    static String render() {
        StringBuilder out = new StringBuilder();
        out.append("""
                # The penalty procedure: the case's state machine

                Generated from `cases.domain.CaseProcedure` (the transition table) and held equal to it by
                `CaseProcedureDocumentTest`: do not edit by hand. The table is the only place that says which act a case
                allows in which state. A case's view (`GET /api/v1/cases/{caseId}`) lists under `allowedActs` every act
                of its procedure with whether the caller may perform it now, the state it leads to, and otherwise the
                code and reason of the refusal. An act refused by its state answers 409 `CASE_STATE_FORBIDS_ACT` naming
                the states that allow it; a guard that does not hold answers its own code. The rules an act applies to
                what it is given (periods, evidence, discretion, review, credentials) are judged when it is performed;
                see [rules-of-law.md](rules-of-law.md).

                ## Where acts lead

                Acts that leave the state as it is are in the table below, not in the diagram.

                ```mermaid
                stateDiagram-v2
                    [*] --> FILING_PENDING_APPROVAL: filing (general procedure)
                    [*] --> SERVED: filing (summary procedure, decided and served on the spot)
                """);
        for (CaseProcedure.Transition row : CaseProcedure.table()) {
            if (row.next() == null) {
                continue;
            }
            String guards = row.guards().isEmpty() ? "" : " [" + names(row) + "]";
            for (CaseStatus from : row.from()) {
                out.append("    ").append(from).append(" --> ").append(row.next()).append(": ").append(row.act()).append(guards).append('\n');
            }
        }
        out.append("""
                    ARCHIVED --> [*]
                    REVOKED --> [*]
                ```

                ## The table

                | act | posted to | by | allowed in | leads to | guards | basis |
                |---|---|---|---|---|---|---|
                """);
        for (CaseProcedure.Transition row : CaseProcedure.table()) {
            out.append("| `").append(row.act()).append("` | `").append(row.act().operation()).append("` | ")
                    .append(row.act().performer()).append(" | ").append(states(row.from()))
                    .append(row.procedures().size() == 1 ? " (" + row.procedures().iterator().next().name().toLowerCase() + " procedure)" : "")
                    .append(" | ").append(row.next() == null ? "stays" : row.next().name()).append(" | ").append(names(row))
                    .append(" | ").append(row.act().basis()).append(" |\n");
        }
        out.append("\n## Guards\n\n| guard | refused with | basis |\n|---|---|---|\n");
        CaseProcedure.table().stream().flatMap(row -> row.guards().stream()).distinct()
                .forEach(guard -> out.append("| ").append(guard.name()).append(" | `").append(guard.refusal().name()).append("` | ")
                        .append(guard.basis()).append(" |\n"));
        return out.toString();
    }

    private static String names(CaseProcedure.Transition row) {
        return row.guards().stream().map(CaseProcedure.Guard::name).collect(Collectors.joining(", "));
    }

    private static String states(Set<CaseStatus> from) {
        if (from.equals(EnumSet.allOf(CaseStatus.class))) {
            return "any";
        }
        return from.stream().map(CaseStatus::name).collect(Collectors.joining(", "));
    }
}
