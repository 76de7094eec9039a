package cn.enforcement.systemtests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real browser on the public pages: headless Chromium (the Debian package the stack installs) loads a
 * page through the gateway, renders it with its fonts, and hands back the DOM it built and a screenshot.
 */
final class PublicBrowser {

    private PublicBrowser() {
    }

    /** A font that covers simplified Chinese is installed for the browser (else the pages would render as boxes). */
    static boolean hasCjkFont() throws Exception {
        Process process = new ProcessBuilder("fc-list", ":lang=zh-cn", "family").redirectErrorStream(true).start();
        String fonts = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return process.waitFor() == 0 && fonts.contains("CJK");
    }

    /** The DOM after Chromium loaded and rendered the page. */
    static String renderedDom(String url) throws Exception {
        return run(List.of("--dump-dom", url)).strip();
    }

    /** A PNG screenshot of the rendered page, for a person to look at when a test fails. */
    static Path screenshot(String url, Path file) throws Exception {
        run(List.of("--screenshot=" + file, "--window-size=420,900", url));
        return file;
    }

    private static String run(List<String> arguments) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new java.util.ArrayList<>(List.of(binary(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile));
        command.addAll(arguments);
        Path output = Files.createTempFile("chromium", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within 60 s: " + command);
        }
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private static String binary() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no chromium: ./platform.sh test installs the Debian package chromium");
    }
}
