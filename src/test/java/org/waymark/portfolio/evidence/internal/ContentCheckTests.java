package org.waymark.portfolio.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.unit.DataSize;
import org.waymark.portfolio.evidence.EvidenceRefusedException;

class ContentCheckTests {

    private final ContentCheck check = new ContentCheck(DataSize.ofMegabytes(25));

    private ContentCheck.Checked check(String name, byte[] bytes) {
        return check.check(name, bytes.length, new ByteArrayResource(bytes));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(ascii("<x/>"));
        }
        return bytes.toByteArray();
    }

    @Test
    void acceptsDocumentsByTheirContent() {
        assertThat(check("report.pdf", ascii("%PDF-1.7\n1 0 obj")).contentType()).isEqualTo("application/pdf");
        assertThat(check("notes.txt", ascii("Some notes")).category()).isEqualTo(ContentCheck.Category.DOCUMENT);
        assertThat(check("marks.csv", ascii("name,mark\nA,1\n")).contentType()).isEqualTo("text/csv");
        assertThat(check("letter.rtf", ascii("{\\rtf1 hello}")).contentType()).isEqualTo("application/rtf");
    }

    @Test
    void acceptsOfficeFilesWhoseContainerMatchesTheirName() throws IOException {
        assertThat(check("plan.docx", zip("[Content_Types].xml")).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(check("plan.odt", zip("mimetype")).contentType()).isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void refusesAnArchiveDressedAsAnOfficeFile() throws IOException {
        assertThatThrownBy(() -> check("plan.docx", zip("payload.exe"))).isInstanceOf(EvidenceRefusedException.class);
        assertThatThrownBy(() -> check("plan.zip", zip("[Content_Types].xml")))
                .hasMessageContaining("application/zip");
    }

    @Test
    void classifiesImagesAudioAndVideoSoTheyNeedAccessibleText() {
        assertThat(check("a.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0}).category())
                .isEqualTo(ContentCheck.Category.IMAGE);
        assertThat(check("a.mp3", ascii("ID3\3\0\0\0\0\0\0")).category()).isEqualTo(ContentCheck.Category.AUDIO);
        assertThat(check("a.wav", ascii("RIFF\0\0\0\0WAVEfmt ")).category()).isEqualTo(ContentCheck.Category.AUDIO);
        assertThat(check("a.mp4", ascii("\0\0\0\u0020ftypisom\0\0\0\0")).category()).isEqualTo(ContentCheck.Category.VIDEO);
        assertThat(ContentCheck.accessibleTextNeeded(ContentCheck.Category.IMAGE)).contains("image");
        assertThat(ContentCheck.accessibleTextNeeded(ContentCheck.Category.AUDIO)).contains("transcript");
        assertThat(ContentCheck.accessibleTextNeeded(ContentCheck.Category.DOCUMENT)).isNull();
    }

    @Test
    void refusesActiveContentWhateverItsNameNamingWhatWasFound() {
        assertThatThrownBy(() -> check("cv.pdf", ascii("<html><body><script>alert(1)</script></body></html>")))
                .isInstanceOf(EvidenceRefusedException.class).hasMessageContaining("text/html");
        assertThatThrownBy(() -> check("logo.png", ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")))
                .hasMessageContaining("image/svg+xml");
        assertThatThrownBy(() -> check("data.txt", ascii("<?xml version=\"1.0\"?><a/>"))).hasMessageContaining("application/xml");
        assertThatThrownBy(() -> check("run.js", ascii("alert(1)"))).hasMessageContaining("javascript");
        assertThatThrownBy(() -> check("setup.pdf", ascii("MZ\u0090\0\3\0\0\0"))).hasMessageContaining("application/x-msdownload");
        assertThatThrownBy(() -> check("notes.txt", ascii("#!/bin/sh\nrm -rf /"))).hasMessageContaining("application/x-sh");
    }

    @Test
    void refusesFilesOverTheLimitGivingTheLimit() {
        ContentCheck small = new ContentCheck(DataSize.ofKilobytes(20));
        assertThatThrownBy(() -> small.check("big.pdf", 20 * 1024 + 1, new ByteArrayResource(new byte[0])))
                .isInstanceOf(EvidenceRefusedException.class)
                .hasMessage("The selected file must be smaller than 20 KB");
        assertThat(check.limit()).isEqualTo("25 MB");
        assertThatThrownBy(() -> check("empty.pdf", new byte[0])).hasMessage("The selected file is empty");
    }

    @Test
    void linksMustBeWellFormedHttpOrHttps() {
        assertThat(LinkCheck.check("  https://example.org/a?b=c ")).isEqualTo("https://example.org/a?b=c");
        assertThat(LinkCheck.check("HTTP://example.org")).isEqualTo("HTTP://example.org");
        for (String bad : new String[]{"javascript:alert(1)", "ftp://example.org/x", "example.org", "https://",
                "https://user:pw@example.org/", "https://exa mple.org", "https://example.org/" + "a".repeat(2000)}) {
            assertThatThrownBy(() -> LinkCheck.check(bad)).as(bad).isInstanceOf(EvidenceRefusedException.class);
        }
    }
}
