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
    void aFileOfExactlyTheMaximumSizeIsKeptAndOneByteMoreIsRefused() {
        byte[] pdf = ascii("%PDF-1.7\n1 0 obj");
        ContentCheck exact = new ContentCheck(DataSize.ofBytes(pdf.length));
        assertThat(exact.check("report.pdf", pdf.length, new ByteArrayResource(pdf)).contentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> exact.check("report.pdf", pdf.length + 1, new ByteArrayResource(pdf)))
                .hasMessage("The selected file must be smaller than " + pdf.length + " bytes");
        assertThat(exact.limitBytes()).isEqualTo(pdf.length);
        assertThat(exact.maxSize()).isEqualTo(DataSize.ofBytes(pdf.length));
    }

    @Test
    void theLimitIsWrittenInTheLargestWholeUnit() {
        assertThat(new ContentCheck(DataSize.ofMegabytes(1)).limit()).isEqualTo("1 MB");
        assertThat(new ContentCheck(DataSize.ofKilobytes(1025)).limit()).isEqualTo("1025 KB");
        assertThat(new ContentCheck(DataSize.ofKilobytes(1)).limit()).isEqualTo("1 KB");
        assertThat(new ContentCheck(DataSize.ofBytes(1536)).limit()).isEqualTo("1536 bytes");
        assertThat(new ContentCheck(DataSize.ofBytes(1023)).limit()).isEqualTo("1023 bytes");
        assertThat(new ContentCheck(DataSize.ofMegabytes(2)).tooLargeMessage()).isEqualTo("The selected file must be smaller than 2 MB");
    }

    @Test
    void aFileWaymarkCannotRecogniseIsRefusedSayingSoAndWhatIsAccepted() {
        assertThatThrownBy(() -> check("thing.bin", new byte[]{0, 1, 2, 3, (byte) 0xfe, (byte) 0xff, 0, 7}))
                .isInstanceOf(EvidenceRefusedException.class)
                .hasMessage("The selected file is of a type Waymark cannot recognise (application/octet-stream), which Waymark does not accept. Upload "
                        + ContentCheck.ACCEPTED)
                .extracting(e -> ((EvidenceRefusedException) e).field()).isEqualTo("file");
    }

    @Test
    void aRefusedTypeIsNamedWithItsDescription() {
        assertThatThrownBy(() -> check("page.pdf", ascii("<html><body>hi</body></html>")))
                .hasMessageStartingWith("The selected file is of type text/html (HyperText Markup Language), which Waymark does not accept.");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAskingForItAgain() {
        ByteArrayResource unreadable = new ByteArrayResource(new byte[1]) {
            @Override
            public java.io.InputStream getInputStream() throws IOException {
                throw new IOException("gone");
            }
        };
        assertThatThrownBy(() -> check.check("a.pdf", 1, unreadable)).hasMessage("The selected file could not be read. Choose it again");
    }

    @Test
    void imagesAudioAndVideoEachAskForTheirOwnAccessibleText() {
        assertThat(ContentCheck.accessibleTextNeeded(ContentCheck.Category.IMAGE)).isEqualTo("Enter alternative text that describes this image");
        assertThat(ContentCheck.accessibleTextNeeded(ContentCheck.Category.AUDIO)).isEqualTo("Enter a transcript of this audio recording");
        assertThat(ContentCheck.accessibleTextNeeded(ContentCheck.Category.VIDEO)).isEqualTo("Enter a transcript or description of this video");
    }

    @Test
    void theCategoryOfAStoredTypeIsKnownAndAnythingElseIsADocument() {
        assertThat(ContentCheck.categoryOf("image/png")).isEqualTo(ContentCheck.Category.IMAGE);
        assertThat(ContentCheck.categoryOf("video/webm")).isEqualTo(ContentCheck.Category.VIDEO);
        assertThat(ContentCheck.categoryOf("application/x-unknown")).isEqualTo(ContentCheck.Category.DOCUMENT);
        assertThat(ContentCheck.categoryOf(null)).isEqualTo(ContentCheck.Category.DOCUMENT);
    }

    @Test
    void aCorruptOfficeFileIsRefused() throws IOException {
        assertThatThrownBy(() -> check("plan.docx", ascii("PK\3\4 this is not really a zip"))).isInstanceOf(EvidenceRefusedException.class);
        byte[] whole = zip("payload.exe");
        byte[] truncated = java.util.Arrays.copyOf(whole, 40);
        assertThatThrownBy(() -> check("plan.docx", truncated)).isInstanceOf(EvidenceRefusedException.class)
                .hasMessageContaining("which Waymark does not accept");
    }

    @Test
    void aSubmittedPortfolioMayBeAPdfWordOpenDocumentOrZipJudgedByContent() throws IOException {
        assertThat(check.checkSubmission("p.pdf", 16, new ByteArrayResource(ascii("%PDF-1.7\n1 0 obj")))).isEqualTo("application/pdf");
        byte[] docx = zip("[Content_Types].xml");
        assertThat(check.checkSubmission("p.docx", docx.length, new ByteArrayResource(docx)))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        byte[] site = zip("index.html");
        assertThat(check.checkSubmission("site.zip", site.length, new ByteArrayResource(site))).isEqualTo("application/zip");
        // Evidence never takes a zip; only a submission does.
        assertThatThrownBy(() -> check("site.zip", site)).hasMessageContaining("application/zip");
    }

    @Test
    void aSubmittedPortfolioIsNotAProgramAnImageOrAZipHoldingAProgram() throws IOException {
        byte[] exe = ascii("MZ\u0090\0\3\0\0\0");
        assertThatThrownBy(() -> check.checkSubmission("p.pdf", exe.length, new ByteArrayResource(exe)))
                .isInstanceOf(EvidenceRefusedException.class).hasMessageContaining("application/x-msdownload")
                .hasMessageEndingWith("Upload " + ContentCheck.SUBMISSION_ACCEPTED);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        assertThatThrownBy(() -> check.checkSubmission("p.png", png.length, new ByteArrayResource(png))).hasMessageContaining("image/png");
        byte[] withProgram = zip("Run Me.EXE");
        assertThatThrownBy(() -> check.checkSubmission("site.zip", withProgram.length, new ByteArrayResource(withProgram)))
                .hasMessageContaining("holds a program (Run Me.EXE)");
        byte[] broken = java.util.Arrays.copyOf(zip("index.html"), 30);
        assertThatThrownBy(() -> check.checkSubmission("site.zip", broken.length, new ByteArrayResource(broken)))
                .isInstanceOf(EvidenceRefusedException.class);
        assertThatThrownBy(() -> check.checkSubmission("p.pdf", 25L * 1024 * 1024 + 1, new ByteArrayResource(new byte[1])))
                .hasMessage("The selected file must be smaller than 25 MB");
    }
}
