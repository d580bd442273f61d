package org.waymark.portfolio.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.springframework.core.io.InputStreamSource;
import org.springframework.util.unit.DataSize;
import org.waymark.portfolio.evidence.EvidenceRefusedException;

/**
 * Decides whether Waymark keeps a file, by what its content is (Apache Tika, with the file name as a hint for
 * formats that are zip or OLE containers inside), never by its name alone. Only documents, images, audio and
 * video are kept; anything a browser or computer could run (web pages, SVG, XML, scripts, programs) and other
 * archives are refused, naming what was found.
 */
public class ContentCheck {

    /** What kind of thing a file is; images, audio and video need alternative text or a transcript. */
    public enum Category {
        DOCUMENT, IMAGE, AUDIO, VIDEO
    }

    public record Checked(String contentType, Category category) {
    }

    private static final Map<String, Category> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", Category.DOCUMENT),
            Map.entry("application/msword", Category.DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Category.DOCUMENT),
            Map.entry("application/vnd.oasis.opendocument.text", Category.DOCUMENT),
            Map.entry("application/rtf", Category.DOCUMENT),
            Map.entry("text/plain", Category.DOCUMENT),
            Map.entry("text/csv", Category.DOCUMENT),
            Map.entry("application/vnd.ms-excel", Category.DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Category.DOCUMENT),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", Category.DOCUMENT),
            Map.entry("application/vnd.ms-powerpoint", Category.DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", Category.DOCUMENT),
            Map.entry("application/vnd.oasis.opendocument.presentation", Category.DOCUMENT),
            Map.entry("image/png", Category.IMAGE),
            Map.entry("image/jpeg", Category.IMAGE),
            Map.entry("image/gif", Category.IMAGE),
            Map.entry("image/webp", Category.IMAGE),
            Map.entry("audio/mpeg", Category.AUDIO),
            Map.entry("audio/vnd.wave", Category.AUDIO),
            Map.entry("audio/ogg", Category.AUDIO),
            Map.entry("audio/vorbis", Category.AUDIO),
            Map.entry("audio/opus", Category.AUDIO),
            Map.entry("audio/mp4", Category.AUDIO),
            Map.entry("video/mp4", Category.VIDEO),
            Map.entry("video/webm", Category.VIDEO),
            Map.entry("video/quicktime", Category.VIDEO));

    /** Zip-based office formats: tika-core trusts the name for these, so check the container's own marker. */
    private static final Set<String> OOXML = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    private static final Set<String> ODF = Set.of(
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");

    public static final String ACCEPTED = "a document (PDF, Word, OpenDocument, RTF, text, CSV, Excel or PowerPoint), "
            + "an image (PNG, JPEG, GIF or WebP), audio (MP3, WAV, Ogg or M4A) or video (MP4, WebM or QuickTime)";

    private final Tika tika = new Tika();
    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final DataSize maxSize;

    public ContentCheck(DataSize maxSize) {
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /** The limit as people write it: "25 MB", "20 KB". */
    public long limitBytes() {
        return maxSize.toBytes();
    }

    public String limit() {
        long bytes = maxSize.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return maxSize.toMegabytes() + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return maxSize.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }

    public String tooLargeMessage() {
        return "The selected file must be smaller than " + limit();
    }

    /** Checks size and content; throws {@link EvidenceRefusedException} on field "file" with the reason. */
    public Checked check(String fileName, long size, InputStreamSource content) {
        if (size <= 0) {
            throw new EvidenceRefusedException("file", "The selected file is empty");
        }
        if (size > maxSize.toBytes()) {
            throw new EvidenceRefusedException("file", tooLargeMessage());
        }
        String type;
        try (InputStream in = content.getInputStream()) {
            type = types.getMediaTypeRegistry().normalize(MediaType.parse(tika.detect(in, fileName))).getBaseType().toString();
        } catch (IOException e) {
            throw new EvidenceRefusedException("file", "The selected file could not be read. Choose it again");
        }
        Category category = ALLOWED.get(type);
        if (category == null || !containerMatches(type, content)) {
            throw new EvidenceRefusedException("file", "The selected file is " + describe(type)
                    + ", which Waymark does not accept. Upload " + ACCEPTED);
        }
        return new Checked(type, category);
    }

    /**
     * What a whole portfolio written elsewhere may be, when it is submitted as one file: a PDF, a Word or
     * OpenDocument text, or a zip (of a site export, say). Only for submissions: evidence never takes archives.
     */
    private static final Set<String> SUBMISSION_ALLOWED = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/zip");

    /** Names inside a zip that a computer would run: a zip holding one is refused whatever else it holds. */
    private static final java.util.regex.Pattern RUNNABLE_ENTRY = java.util.regex.Pattern.compile(
            "(?i).*\\.(exe|dll|com|bat|cmd|msi|msp|scr|pif|cpl|ps1|vbs|vbe|jse?|wsf|wsh|hta|jar|sh|app|dmg|apk|lnk)$");

    public static final String SUBMISSION_ACCEPTED = "a PDF, a Word document (.docx or .doc), an OpenDocument text (.odt) or a zip file";

    /**
     * Checks a submitted portfolio file: size, then content, as {@link #check} does, against
     * {@link #SUBMISSION_ALLOWED}; a zip must open and must not hold a program. Throws
     * {@link EvidenceRefusedException} on field "file" with the reason.
     */
    public String checkSubmission(String fileName, long size, InputStreamSource content) {
        if (size <= 0) {
            throw new EvidenceRefusedException("file", "The selected file is empty");
        }
        if (size > maxSize.toBytes()) {
            throw new EvidenceRefusedException("file", tooLargeMessage());
        }
        String type;
        try (InputStream in = content.getInputStream()) {
            type = types.getMediaTypeRegistry().normalize(MediaType.parse(tika.detect(in, fileName))).getBaseType().toString();
        } catch (IOException e) {
            throw new EvidenceRefusedException("file", "The selected file could not be read. Choose it again");
        }
        if (!SUBMISSION_ALLOWED.contains(type) || !containerMatches(type, content)) {
            throw new EvidenceRefusedException("file", "The selected file is " + describe(type)
                    + ", which Waymark does not accept for a portfolio. Upload " + SUBMISSION_ACCEPTED);
        }
        if (type.equals("application/zip")) {
            checkZipEntries(content);
        }
        return type;
    }

    private static void checkZipEntries(InputStreamSource content) {
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(content.getInputStream())) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                if (RUNNABLE_ENTRY.matcher(entry.getName()).matches()) {
                    throw new EvidenceRefusedException("file", "The selected zip file holds a program ("
                            + entry.getName() + "), which Waymark does not accept. Remove it and upload the zip again");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            entries = 0;
        }
        if (entries == 0) {
            throw new EvidenceRefusedException("file", "The selected zip file could not be opened or is empty. "
                    + "Make the zip again and upload it");
        }
    }

    /** The message when alternative text or a transcript is missing, or null when none is needed. */
    public static String accessibleTextNeeded(Category category) {
        return switch (category) {
            case IMAGE -> "Enter alternative text that describes this image";
            case AUDIO -> "Enter a transcript of this audio recording";
            case VIDEO -> "Enter a transcript or description of this video";
            case DOCUMENT -> null;
        };
    }

    /** The category of an accepted content type; documents for anything else. */
    public static Category categoryOf(String contentType) {
        return contentType == null ? Category.DOCUMENT : ALLOWED.getOrDefault(contentType, Category.DOCUMENT);
    }

    private String describe(String type) {
        String description = "";
        try {
            description = types.forName(type).getDescription();
        } catch (MimeTypeException e) {
            // keep the bare type
        }
        if (MediaType.OCTET_STREAM.toString().equals(type)) {
            return "of a type Waymark cannot recognise (" + type + ")";
        }
        return description == null || description.isBlank() ? "of type " + type : "of type " + type + " (" + description + ")";
    }

    /** An OOXML file has [Content_Types].xml and an OpenDocument file a "mimetype" entry; other zips have neither. */
    private static boolean containerMatches(String type, InputStreamSource content) {
        String marker = OOXML.contains(type) ? "[Content_Types].xml" : ODF.contains(type) ? "mimetype" : null;
        if (marker == null) {
            return true;
        }
        try (ZipInputStream zip = new ZipInputStream(content.getInputStream())) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (marker.equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
