package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.TestIdentities.newCreditCode;
import static cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber;
import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.platform.time.BeijingTime;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public site as a person uses it, in Debian's Chromium driven through its chromedriver: from the home page they
 * search by agency, open a decision and read it under its own number with the agency by name and none of the personal
 * data the officers wrote; they file a complaint with a photo, keep the tracking number and secret, and follow it; a
 * mistyped address answers a page in Chinese. Screenshots of the home page and the decision are kept for the README.
 */
@ExtendWith(PlatformUnderTest.class)
class PublicSiteBrowserSystemTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void openBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1100,1400",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }


    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c);
        }
        return out.toString();
    }

    @Test
    void aPersonSearchesByAgencyFromTheHomePageAndReadsADecisionWithoutAnyPersonalData() throws Exception {
        List<String> officers = Gateway.demoOfficerCredentials("cc-officer-1", "cc-officer-2");
        String driverId = newResidentIdNumber();
        String creditCode = newCreditCode("91220101MA");
        List<String> planted = List.of("赵建国", fullWidth(driverId), driverId, "138.7895.2670", "13878952670", "吉 d peu3d", "PEU3D",
                "29栋3单元928室", "同志街九二八号", "6222 0212 3456 7890 128", "李明", "13904315678");
        String caseId = Decisions.decidedCase("""
                {"procedure":"GENERAL","source":"INSPECTION","partyType":"ORGANISATION","partyName":"长春市顺达物流有限公司","partyIdentifier":"%s",
                 "violationItems":["RA-01"],"occurredOn":"%s","harmedLifeHealthOrFinance":false,"place":"G1京哈高速长春收费站",
                 "facts":"当事人所属吉 d peu3d号重型半挂牵引车在G1京哈高速K1050+300处车货总重55.32吨，超过限定标准。驾驶员赵建国（身份证%s，电话138.7895.2670）称不知情，住南湖新村29栋3单元928室，单位地址同志街九二八号，罚款可由账户6222 0212 3456 7890 128代缴；法定代表人李明（电话13904315678）到场确认",
                 "handlingCredentials":["%s","%s"],
                 "persons":[{"role":"LEGAL_REPRESENTATIVE","name":"李明","phone":"13904315678"}],"vehiclePlates":["吉DPEU3D"]}"""
                .formatted(creditCode, LocalDate.now(BeijingTime.ZONE).minusDays(3), fullWidth(driverId), officers.get(0), officers.get(1)));
        String record = Decisions.draftOf(caseId);
        String number = Decisions.numbered(caseId, record);
        Decisions.published(record);

        browser.get(PlatformUnderTest.GATEWAY + "/public");
        wait.until(ExpectedConditions.titleContains("首页"));
        screenshot("home.png");
        assertThat(browser.getPageSource()).contains("吉林省交通运输综合行政执法公示平台").contains("主办单位").contains("长春市交通运输综合行政执法支队");
        new Select(browser.findElement(By.cssSelector("form[role=search] select[name=agency]"))).selectByVisibleText("长春市交通运输综合行政执法支队");
        new Select(browser.findElement(By.cssSelector("form[role=search] select[name=violationItem]"))).selectByValue("RA-01");
        browser.findElement(By.cssSelector("form[role=search] input[name=party]")).sendKeys("顺达物流");
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/public/decisions?"));
        browser.findElement(By.linkText(number)).click();
        wait.until(ExpectedConditions.titleContains(number));
        screenshot("decision.png");
        String decision = browser.getPageSource();
        assertThat(decision).contains(number).contains("长春市交通运输综合行政执法支队").contains("长春市顺达物流有限公司").contains(creditCode)
                .contains("罚款人民币3000元").contains("驾驶员赵某某").contains("G1京哈高速K1050+300").contains("55.32吨")
                .doesNotContain(caseId).doesNotContain("220100001-");
        planted.stream().filter(value -> !value.equals("李明")).forEach(value -> assertThat(decision).as("the page holds %s", value)
                .doesNotContain(value));
        assertThat(decision.replace("法定代表人 李明", "")).as("the legal representative is named only where 双公示 names them")
                .doesNotContain("李明");
    }

    @Test
    void aPersonFilesAComplaintWithAPhotoAndFollowsIt() throws Exception {
        Path photo = Files.createTempDirectory("complaint").resolve("现场照片.jpg");
        Files.write(photo, Gateway.JPEG);
        browser.get(PlatformUnderTest.GATEWAY + "/public");
        browser.findElement(By.linkText("投诉举报")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complaint")));
        new Select(browser.findElement(By.name("agencyCode"))).selectByVisibleText("长春市交通运输综合行政执法支队");
        browser.findElement(By.name("subject")).sendKeys("检查时未出示执法证件");
        browser.findElement(By.name("content")).sendKeys("执法人员在长春收费站检查货车时未出示执法证件，态度粗暴。");
        browser.findElement(By.name("place")).sendKeys("G1京哈高速长春收费站");
        browser.findElement(By.name("contactName")).sendKeys("王先生");
        browser.findElement(By.name("contactPhone")).sendKeys("13900001111");
        browser.findElement(By.name("attachments")).sendKeys(photo.toString());
        browser.findElement(By.cssSelector("#complaint button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".attachments-done")));
        assertThat(browser.findElements(By.cssSelector("li.uploaded"))).hasSize(1);
        String trackingNumber = browser.findElement(By.cssSelector(".tracking-number")).getText().replace("查询号：", "").strip();
        String secret = browser.findElement(By.cssSelector(".secret")).getText().replace("查询密码：", "").strip();
        assertThat(trackingNumber).isNotBlank();
        assertThat(secret).isNotBlank();

        browser.get(PlatformUnderTest.GATEWAY + "/public/complaints/follow");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("follow")));
        browser.findElement(By.name("trackingNumber")).sendKeys(trackingNumber);
        browser.findElement(By.name("secret")).sendKeys(secret);
        browser.findElement(By.cssSelector("#follow button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "检查时未出示执法证件"));
        String status = browser.findElement(By.id("status")).getText();
        assertThat(status).contains(trackingNumber).contains("已转交执法主体办理").contains("现场照片.jpg");
        assertThat(browser.getPageSource()).doesNotContain("13900001111").doesNotContain("王先生");

        browser.findElement(By.name("secret")).clear();
        browser.findElement(By.name("secret")).sendKeys("wrong-secret");
        browser.findElement(By.cssSelector("#follow button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "查询号或查询密码不正确"));
    }

    @Test
    void aMistypedAddressOrAnUnknownDecisionIsAPageInChineseWithTheNextSteps() {
        browser.get(PlatformUnderTest.GATEWAY + "/public/decisions/no-such-decision");
        String page = browser.getPageSource();
        assertThat(page).contains("决定不存在").contains("公开的决定可能已撤回").contains("DECISION_NOT_FOUND").contains("/public/complaints");
        browser.get(PlatformUnderTest.GATEWAY + "/public/decisions?from=2026-13-01");
        assertThat(browser.getPageSource()).contains("检查所填写或选择的内容").contains("PARAMETER_INVALID");
        browser.get(PlatformUnderTest.GATEWAY + "/problems/DECISION_NOT_FOUND");
        assertThat(browser.getPageSource()).contains("决定不存在");
    }
}
