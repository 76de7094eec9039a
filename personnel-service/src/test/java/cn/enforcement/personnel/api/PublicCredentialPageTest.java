package cn.enforcement.personnel.api;

import static cn.enforcement.personnel.api.Personnel.as;
import static cn.enforcement.personnel.api.Personnel.credentialHolder;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The page a QR code on the card opens, and the code itself, read back by a QR decoder. */
@QuarkusTest
class PublicCredentialPageTest {

    @Test
    void thePageSaysWhetherTheCredentialIsValidNowAndWhyNot() {
        String number = credentialHolder();
        String valid = given().get("/public/credentials/" + number).then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'")).header("Cache-Control", equalTo("no-cache"))
                .extract().asString();
        assertThat(valid).contains("lang=\"zh-CN\"").contains("此证当前有效").contains("张伟").contains(number);

        as("cc-personnel").body("{\"reason\":\"涉嫌违规执法，停职调查\"}").post("/api/v1/credentials/" + number + "/suspension")
                .then().statusCode(200);
        given().get("/public/v1/credentials/" + number).then().body("reason", equalTo("SUSPENDED")).body("reasonText", equalTo("暂扣中"))
                .body("regionCode", equalTo("220100"));
        String suspended = given().get("/public/credentials/" + number).then().statusCode(200).extract().asString();
        assertThat(suspended).contains("此证当前无效：暂扣中").doesNotContain("涉嫌违规执法").doesNotMatch("(?s).*\\d{17}[\\dX].*");
        given().get("/public/credentials/2201").then().statusCode(400);
    }

    @Test
    void theQrCodeOnTheCardOpensTheCheckPage() throws Exception {
        String number = credentialHolder();
        byte[] png = given().get("/public/v1/credentials/" + number + "/qr.png").then().statusCode(200).contentType("image/png")
                .header("Cache-Control", containsString("max-age")).extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(decoded).isEqualTo("http://localhost:8080/public/credentials/" + number);
        given().get("/public/v1/credentials/" + number + "/qr.svg").then().statusCode(200).contentType(containsString("image/svg+xml"))
                .body(containsString("<svg")).body(containsString("viewBox"));
        given().get("/public/v1/credentials/99999999999999/qr.svg").then().statusCode(404);
    }
}
