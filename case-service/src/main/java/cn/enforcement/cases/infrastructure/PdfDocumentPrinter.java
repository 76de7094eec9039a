package cn.enforcement.cases.infrastructure;

import cn.enforcement.cases.domain.documents.DocumentKind;
import cn.enforcement.cases.domain.documents.DocumentPrinter;
import cn.enforcement.cases.domain.documents.DocumentRules;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a form to an A4 PDF: the kind's template (templates/documents/KIND.vN.html, versioned: an issued document
 * records the version it was made with) filled by Qute, which escapes what the case holds, and laid out by
 * openhtmltopdf with the CJK font embedded, so that the PDF reads as the same Chinese text anywhere.
 */
@ApplicationScoped
public class PdfDocumentPrinter implements DocumentPrinter {

    /** The family the templates' stylesheet names. */
    private static final String FONT_FAMILY = "cjk";

    private final Engine engine;
    private final File font;

    PdfDocumentPrinter(Engine engine, DocumentRules rules) {
        this.engine = engine;
        this.font = new File(rules.font());
    }

    @Override
    public byte[] print(DocumentKind kind, Frame frame, Map<String, Object> content) {
        if (!font.canRead()) {
            throw new IllegalStateException("the document font " + font + " is missing (Debian: fonts-wqy-microhei)");
        }
        Template template = engine.getTemplate("documents/" + kind.name() + ".v" + TEMPLATE_VERSION);
        Map<String, Object> data = new HashMap<>(content);
        data.put("agencyName", frame.agencyName());
        data.put("title", frame.title());
        data.put("number", frame.number());
        data.put("verificationUrl", frame.verificationUrl());
        data.put("verificationCode", VerificationCode.pngDataUri(frame.verificationUrl()));
        String html = template.data(data).render();
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font, FONT_FAMILY);
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the document could not be laid out", e);
        }
    }
}
