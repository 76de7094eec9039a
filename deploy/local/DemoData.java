import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the demo officers through the gateway, as the personnel admins of the two demo agencies
 * would, and issues their credentials. Safe to run again: an officer already registered is skipped.
 * Arguments: gateway URL, Keycloak URL, realm file (the demo passwords live only there).
 */
public class DemoData {

    record DemoOfficer(String admin, String name, String gender, String idFirst17, String agency, String region, String post,
            String username) {
    }

    /** A reviewer of an agency's legal office (法制审核人员), holding the legal professional qualification (PL 58 ¶2). */
    record DemoReviewer(String admin, String name, String gender, String idFirst17, String agency, String region, String username,
            String certificate, String obtainedOn) {
    }

    static final List<DemoReviewer> REVIEWERS = List.of(
            new DemoReviewer("cc-personnel", "周敏", "FEMALE", "22010219860314021", "220100001", "220100", "cc-legal",
                    "A20152201000123", "2015-12-20"),
            new DemoReviewer("jl-personnel", "孙浩", "MALE", "22020219840922033", "220200001", "220200", "jl-legal",
                    "A20172202000456", "2017-12-18"));

    static final List<DemoOfficer> OFFICERS = List.of(
            new DemoOfficer("cc-personnel", "张伟", "MALE", "22010219850412031", "220100001", "220100", "执法一大队队长", "cc-officer-1"),
            new DemoOfficer("cc-personnel", "李娜", "FEMALE", "22010219900723042", "220100001", "220100", "执法科员", "cc-officer-2"),
            new DemoOfficer("cc-personnel", "王强", "MALE", "22010419880105053", "220100001", "220100", "执法科员", null),
            new DemoOfficer("jl-personnel", "陈静", "FEMALE", "22020219870318064", "220200001", "220200", "执法二大队队长", "jl-officer-1"),
            new DemoOfficer("jl-personnel", "杨帆", "MALE", "22020319920911075", "220200001", "220200", "执法科员", "jl-officer-2"),
            new DemoOfficer("jl-personnel", "赵磊", "MALE", "22020419891227086", "220200001", "220200", "执法科员", null));

    /** disclosure admin, agency code, name, city, court, complaint mail, address: the agencies' public profiles (事前公开). */
    static final List<String[]> AGENCIES = List.of(
            new String[] {"cc-disclosure", "220100001", "长春市交通运输综合行政执法支队", "长春市", "长春市朝阳区人民法院",
                    "jubao@cc.demo.enforcement.local", "长春市朝阳区示例路1号"},
            new String[] {"jl-disclosure", "220200001", "吉林市交通运输综合行政执法支队", "吉林市", "吉林市船营区人民法院",
                    "jubao@jl.demo.enforcement.local", "吉林市船营区示例路2号"});

    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String keycloak = args[1];
        String realm = Files.readString(Path.of(args[2]));
        int registered = 0;
        for (DemoOfficer officer : OFFICERS) {
            String token = token(keycloak, officer.admin(), passwordOf(realm, officer.admin()));
            String body = """
                    {"name":"%s","gender":"%s","idNumber":"%s","agencyCode":"%s","regionCode":"%s","post":"%s",
                     "enforcementFields":["ROAD_TRANSPORT","ROAD_ADMINISTRATION"]%s}"""
                    .formatted(officer.name(), officer.gender(), withCheck(officer.idFirst17()), officer.agency(),
                            officer.region(), officer.post(),
                            officer.username() == null ? "" : ",\"username\":\"" + officer.username() + "\"");
            HttpResponse<String> response = post(gateway + "/api/v1/officers", token, body);
            if (response.statusCode() == 409) {
                continue;
            }
            if (response.statusCode() != 201) {
                throw new IllegalStateException("registering " + officer.name() + ": " + response.statusCode() + " " + response.body());
            }
            String officerId = field(response.body(), "officerId");
            // qualified two months back and in force for one, so that acts performed offline in that time can be recorded
            java.time.LocalDate today = java.time.LocalDate.now();
            String qualified = today.minusDays(60).toString();
            expect(201, post(gateway + "/api/v1/officers/" + officerId + "/trainings", token,
                    "{\"course\":\"执法资格培训\",\"kind\":\"LEGAL\",\"hours\":60,\"completedOn\":\"" + qualified + "\"}"));
            expect(201, post(gateway + "/api/v1/officers/" + officerId + "/exams", token,
                    "{\"examDate\":\"" + qualified + "\",\"score\":85}"));
            HttpResponse<String> credential = post(gateway + "/api/v1/officers/" + officerId + "/credentials", token,
                    "{\"validFrom\":\"" + today.minusDays(30) + "\",\"validTo\":\"2030-12-31\"}");
            if (credential.statusCode() != 201) {
                throw new IllegalStateException("credential of " + officer.name() + ": " + credential.statusCode() + " " + credential.body());
            }
            registered++;
        }
        int reviewers = 0;
        for (DemoReviewer reviewer : REVIEWERS) {
            String token = token(keycloak, reviewer.admin(), passwordOf(realm, reviewer.admin()));
            HttpResponse<String> response = post(gateway + "/api/v1/officers", token, """
                    {"name":"%s","gender":"%s","idNumber":"%s","agencyCode":"%s","regionCode":"%s","post":"法制审核员",
                     "enforcementFields":["ROAD_TRANSPORT"],"username":"%s"}"""
                    .formatted(reviewer.name(), reviewer.gender(), withCheck(reviewer.idFirst17()), reviewer.agency(), reviewer.region(),
                            reviewer.username()));
            if (response.statusCode() == 409) {
                continue;
            }
            if (response.statusCode() != 201) {
                throw new IllegalStateException("registering " + reviewer.name() + ": " + response.statusCode() + " " + response.body());
            }
            expect(200, post(gateway + "/api/v1/officers/" + field(response.body(), "officerId") + "/legal-qualification", token,
                    "{\"certificateNumber\":\"" + reviewer.certificate() + "\",\"obtainedOn\":\"" + reviewer.obtainedOn() + "\"}"));
            reviewers++;
        }
        for (String[] agency : AGENCIES) {
            String token = token(keycloak, agency[0], passwordOf(realm, agency[0]));
            expect(200, put(gateway + "/api/v1/agency-profiles/" + agency[1], token, """
                    {"effectiveFrom":"%s","name":"%s","duties":"依法统一行使道路运输、公路路政、水路运输、港口、航道、海事、工程质量监督等领域的行政处罚及相关的行政检查、行政强制",
                     "legalBasis":"《中华人民共和国行政处罚法》；《吉林省交通运输综合行政执法改革实施方案》",
                     "enforcementFields":["ROAD_TRANSPORT","ROAD_ADMINISTRATION","WATERWAY_TRANSPORT","WATERWAY_ADMINISTRATION","PORT","MARITIME","CONSTRUCTION_QUALITY"],
                     "procedures":"简易程序：当场作出决定；普通程序：立案、调查取证、告知、陈述申辩或听证、法制审核、集体讨论、决定、送达、执行",
                     "timeLimits":"普通程序自立案之日起九十日内作出决定，经负责人批准可延长三十日",
                     "reconsiderationBody":"%s人民政府","court":"%s","complaintPhone":"12328","complaintMail":"%s","complaintAddress":"%s"}"""
                    .formatted(LocalDate.now(ZoneId.of("Asia/Shanghai")), agency[2], agency[3], agency[4], agency[5],
                            agency[6])));
        }
        System.out.println("[platform] demo data: " + registered + " officers registered with credentials, "
                + (OFFICERS.size() - registered) + " were already there; " + reviewers + " qualified legal reviewers registered");
    }

    static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + ": " + response.statusCode() + " " + response.body());
        }
    }

    static HttpResponse<String> put(String url, String token, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String token, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String token(String keycloak, String username, String password) throws Exception {
        String form = "grant_type=password&client_id=enforcement-app&username=" + username + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/enforcement/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + response.body());
        }
        return field(response.body(), "access_token");
    }

    /** The first credential value after the user's entry in the realm file. */
    static String passwordOf(String realm, String username) {
        Matcher user = Pattern.compile("\"username\"\\s*:\\s*\"" + Pattern.quote(username) + "\"").matcher(realm);
        if (!user.find()) {
            throw new IllegalStateException("no demo user " + username + " in the realm file");
        }
        Matcher value = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]*)\"").matcher(realm);
        if (!value.find(user.end())) {
            throw new IllegalStateException("no password for " + username + " in the realm file");
        }
        return value.group(1);
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    /** The ISO 7064 MOD 11-2 check character of a resident ID number. */
    static String withCheck(String first17) {
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
