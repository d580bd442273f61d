package org.waymark.export.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts every PDF is set in, shipped inside the application ({@code fonts/}, DejaVu Sans with its licence beside
 * it): PDF/UA needs every font embedded, and nothing may be fetched at run time. Read once; each PDF embeds only the
 * characters it uses.
 */
@Component
public class PdfFonts {

    public static final String FAMILY = "DejaVu Sans";

    private record Face(byte[] bytes, int weight, FontStyle style) {
    }

    private final Face[] faces = {
            face("fonts/DejaVuSans.ttf", 400, FontStyle.NORMAL),
            face("fonts/DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            face("fonts/DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            face("fonts/DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC)};

    public void register(PdfRendererBuilder builder) {
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), FAMILY, face.weight(), face.style(), true);
        }
    }

    private static Face face(String path, int weight, FontStyle style) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new Face(in.readAllBytes(), weight, style);
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + path + " is missing from the application", e);
        }
    }
}
