package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static cn.enforcement.platform.testing.DemoRealm.tokenOfClient;
import static cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import cn.enforcement.client.ApiClient;
import cn.enforcement.client.ApiException;
import cn.enforcement.client.api.CaseProcedureApi;
import cn.enforcement.client.api.CasesApi;
import cn.enforcement.client.api.EvidenceApi;
import cn.enforcement.client.model.CaseAct;
import cn.enforcement.client.model.CaseSource;
import cn.enforcement.client.model.CompletedPart;
import cn.enforcement.client.model.DecisionInput;
import cn.enforcement.client.model.EvidenceKind;
import cn.enforcement.client.model.EvidenceView;
import cn.enforcement.client.model.FilingRequest;
import cn.enforcement.client.model.PartyType;
import cn.enforcement.client.model.PaymentInput;
import cn.enforcement.client.model.PenaltyCase;
import cn.enforcement.client.model.PenaltyInput;
import cn.enforcement.client.model.PenaltyKind;
import cn.enforcement.client.model.Procedure;
import cn.enforcement.client.model.Proposal;
import cn.enforcement.client.model.ServiceInput;
import cn.enforcement.client.model.Started;
import cn.enforcement.client.model.StatementInput;
import cn.enforcement.client.model.TimelineAct;
import cn.enforcement.client.model.UploadCompletion;
import cn.enforcement.client.model.UploadStart;
import cn.enforcement.platform.hashing.Sha256;
import cn.enforcement.platform.testing.DemoRealm;
import cn.enforcement.platform.time.BeijingTime;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Java client generated from the aggregated OpenAPI document (module api-client) carries a whole case
 * from filing (dated an hour back, as after working offline) to payment and an evidence upload, and reads a
 * refusal by its code: the document describes the API the gateway serves.
 */
@ExtendWith(PlatformUnderTest.class)
class GeneratedClientSystemTest {

    private static ApiClient clientOf(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(PlatformUnderTest.GATEWAY);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static PenaltyInput fine(String yuan) {
        return new PenaltyInput().kind(PenaltyKind.FINE).amount(new BigDecimal(yuan));
    }

    @Test
    void aWholeCaseFromFilingToPaymentAndAnEvidenceUploadThroughTheGeneratedClient() throws Exception {
        List<String> officers = Gateway.demoOfficerCredentials("cc-officer-1", "cc-officer-2");
        ApiClient officer = clientOf(tokenOf("cc-officer-1"));
        ApiClient head = clientOf(tokenOf("cc-head"));
        CasesApi cases = new CasesApi(officer);
        OffsetDateTime filedOffline = OffsetDateTime.now().minusHours(1);

        FilingRequest filing = new FilingRequest().procedure(Procedure.GENERAL).source(CaseSource.INSPECTION)
                .partyType(PartyType.INDIVIDUAL).partyName("赵某").partyIdentifier(newResidentIdNumber())
                .violationItems(List.of("RA-01")).occurredOn(LocalDate.now(BeijingTime.ZONE).minusDays(2)).harmedLifeHealthOrFinance(false)
                .place("长春绕城高速治超站").facts("吉A55555号货车车货总重超过限定标准").handlingCredentials(officers);
        String filingKey = UUID.randomUUID().toString();
        String caseId = cases.fileCase(filing, filedOffline.toString(), filingKey).getCaseId();
        assertThat(cases.fileCase(filing, filedOffline.toString(), filingKey).getCaseId())
                .as("a filing sent again with its Idempotency-Key, as after a lost answer, files nothing new").isEqualTo(caseId);
        PenaltyCase approved = new CasesApi(head).approveFiling(caseId, filedOffline.plusMinutes(10).toString(), key());
        assertThat(approved.getTimeline()).allMatch(act -> Boolean.TRUE.equals(act.getRecordedLate()));

        byte[] photo = Arrays.copyOf(Gateway.JPEG, 4096);
        EvidenceApi evidence = new EvidenceApi(officer);
        UploadStart declared = new UploadStart().kind(EvidenceKind.AUDIO_VISUAL).stage("ON_SITE_INSPECTION")
                .recordedAt(OffsetDateTime.now().minusMinutes(5)).recordedBy(officers.get(0)).deviceId("JL-CAM-07")
                .location("长春绕城高速治超站").description("现场称重照片").sha256(Sha256.hex(photo)).sizeBytes((long) photo.length).parts(1);
        Started started = await("evidence-service learns of the case").atMost(Duration.ofSeconds(60))
                .ignoreExceptionsMatching(e -> e instanceof ApiException refused && refused.getCode() == 404)
                .until(() -> evidence.startEvidenceUpload(caseId, declared, key()), Objects::nonNull);
        HttpResponse<Void> stored = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(started.getPartUrls().get(0)))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(photo)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(stored.statusCode()).isEqualTo(200);
        EvidenceView registered = evidence.completeEvidenceUpload(caseId, started.getUploadId(), new UploadCompletion()
                .parts(List.of(new CompletedPart().partNumber(1).etag(stored.headers().firstValue("ETag").orElseThrow()))), key());
        assertThat(registered.getSha256()).isEqualTo(Sha256.hex(photo));
        await().atMost(Duration.ofSeconds(60)).until(() -> cases.getCase(caseId).getEvidenceCount() == 1L);

        CaseProcedureApi procedure = new CaseProcedureApi(officer);
        procedure.proposePenalty(caseId, new Proposal().penalty(fine("3000")).degree(new BigDecimal("3")), null, key());
        procedure.issueNotice(caseId, null, key());
        DecisionInput decision = new DecisionInput().penalty(fine("3000")).legalBasis("《公路安全保护条例》第六十四条");
        ApiException early = catchThrowableOfType(ApiException.class, () -> new CaseProcedureApi(head).decideCase(caseId, decision, null, key()));
        assertThat(early.getCode()).isEqualTo(409);
        assertThat(early.getResponseBody()).contains("\"code\":\"STATEMENT_PERIOD_OPEN\"");

        procedure.recordStatement(caseId, new StatementInput().content("当事人书面放弃陈述申辩").waiveStatementPeriod(true), null, key());
        assertThat(new CaseProcedureApi(head).decideCase(caseId, decision, null, key()).getStatus()).isEqualTo("DECIDED");
        procedure.serveDecision(caseId, new ServiceInput().method("DIRECT").servedAt(OffsetDateTime.now()), null, key());
        PenaltyCase paid = new CaseProcedureApi(clientOf(tokenOfClient("payment-platform"))).recordPayment(caseId,
                new PaymentInput().amount(new BigDecimal("3000")).paidAt(OffsetDateTime.now()).bankReference("BOC-" + caseId.substring(0, 8)), null, key());
        assertThat(paid.getStatus()).isEqualTo("PAID");
        assertThat(new CaseProcedureApi(head).closeCase(caseId, null, key()).getStatus()).isEqualTo("CLOSED");
    }

    /** A fresh Idempotency-Key, as a client sends with every command. */
    /**
     * The TypeScript client (typescript-fetch) generated from the same document, compiled with tsc, dates an act with
     * Performed-At as written in RFC 3339, and the case records it at that time.
     */
    @Test
    void theGeneratedTypeScriptClientPerformsADatedAct() throws Exception {
        List<String> officers = Gateway.demoOfficerCredentials("cc-officer-1", "cc-officer-2");
        OffsetDateTime filedOffline = OffsetDateTime.now(BeijingTime.ZONE).minusHours(2).withNano(0);
        FilingRequest filing = new FilingRequest().procedure(Procedure.GENERAL).source(CaseSource.INSPECTION)
                .partyType(PartyType.INDIVIDUAL).partyName("钱某").partyIdentifier(newResidentIdNumber())
                .violationItems(List.of("RA-01")).occurredOn(LocalDate.now(BeijingTime.ZONE).minusDays(1)).harmedLifeHealthOrFinance(false)
                .place("长春绕城高速治超站").facts("吉A66666号货车车货总重超过限定标准").handlingCredentials(officers);
        String caseId = new CasesApi(clientOf(tokenOf("cc-officer-1"))).fileCase(filing, filedOffline.toString(), key()).getCaseId();

        Path root = DemoRealm.repositoryRoot();
        Path tools = root.resolve("tools/typescript-client");
        Path work = root.resolve("system-tests/target/typescript-client");
        copyTree(root.resolve("api-client/target/typescript-fetch"), work.resolve("generated"));
        Files.copy(tools.resolve("dated-act.ts"), work.resolve("dated-act.ts"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(tools.resolve("tsconfig.json"), work.resolve("tsconfig.json"), StandardCopyOption.REPLACE_EXISTING);
        if (!Files.exists(tools.resolve("node_modules/.bin/tsc"))) {
            assertThat(run(tools, "npm", "ci", "--no-audit", "--no-fund")).as("npm ci in tools/typescript-client").startsWith("exit 0");
        }
        assertThat(run(work, tools.resolve("node_modules/.bin/tsc").toString(), "-p", ".")).as("tsc").startsWith("exit 0");
        String approvedAt = filedOffline.plusMinutes(30).toString();
        String answer = run(work, "node", "out/dated-act.js", PlatformUnderTest.GATEWAY, tokenOf("cc-head"), caseId, approvedAt);
        assertThat(answer).as("the act performed by the TypeScript client").startsWith("exit 0").contains("FILING_APPROVED");

        PenaltyCase approved = new CasesApi(clientOf(tokenOf("cc-head"))).getCase(caseId);
        assertThat(approved.getAllowedActs()).anySatisfy(next -> {
            assertThat(next.getAct()).isEqualTo(CaseAct.EXTEND);
            assertThat(next.getAllowed()).isTrue();
        }).anySatisfy(next -> {
            assertThat(next.getAct()).isEqualTo(CaseAct.APPROVE_FILING);
            assertThat(next.getAllowed()).isFalse();
            assertThat(next.getRefusedWith()).isEqualTo("CASE_STATE_FORBIDS_ACT");
        });
        assertThat(approved.getTimeline()).anySatisfy(act -> {
            assertThat(act.getAct()).isEqualTo(TimelineAct.FILING_APPROVED);
            assertThat(act.getAt().toInstant()).isEqualTo(filedOffline.plusMinutes(30).toInstant());
            assertThat(act.getRecordedLate()).isTrue();
        });
    }

    /** Runs a command in a directory; answers "exit N" and what it printed. */
    private static String run(Path directory, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return "exit " + process.waitFor() + "\n" + output;
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
