import java.lang.reflect.Constructor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.waymark.assessment.Transcript;
import org.waymark.award.Award;
import org.waymark.export.PdfRenderer;
import org.waymark.export.internal.PdfFonts;
import org.waymark.export.internal.TranscriptPdf;

/**
 * Transcript PDF benchmark (issue 10, target under 1 s): the application's {@link PdfRenderer} (tagged PDF/UA and
 * PDF/A-3a, the shipped DejaVu fonts) renders {@code templates/export/transcript.html} for a Senior CMALT transcript:
 * 13 section rows (contextual statement, 1a to 5b, one advanced area, future plans), the four core principles, both
 * assessors' grades and recommendations, and two pieces of feedback of about 350 words each. The renderer is built as
 * Spring builds it (a Thymeleaf engine reading templates from the class path, the fonts read once); no database.
 *
 * <pre>
 * bench/transcript.sh [--warmup 10 --runs 100 --out /tmp/transcript.pdf]
 * </pre>
 *
 * Prints the first render (cold: classes, fonts, templates), then p50, p95, min and max of the measured renders after
 * the warm-up, the PDF's size and its page count read back with PDFBox; {@code --out} keeps the last PDF to look at.
 */
public class TranscriptBench {

    static final List<String> SECTIONS = List.of("Contextual statement",
            "1a Understanding the constraints and benefits of different technologies",
            "1b Technical knowledge and ability in the use of learning technology",
            "1c Supporting the deployment of learning technologies",
            "2a Teaching, learning and/or assessment processes", "2b Understanding your target learners",
            "3a Understanding and engaging with legislation, policies and standards", "3b Policies and standards",
            "4a Communication and working with others", "5a Specialist area: accessibility",
            "5b Specialist area: learning analytics", "6 Advanced area: leading a digital education strategy", "Future plans");
    static final List<String> PRINCIPLES = List.of("Explore and understand", "Keep up to date", "Learn from colleagues",
            "Communicate and disseminate");
    static final String[] GRADES = {"Strong", "Adequate", "Adequate", "Revisions required"};

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "10"));
        int runs = Integer.parseInt(opt.getOrDefault("runs", "100"));
        System.out.printf("Transcript PDF benchmark: %d sections, %d principles, warm-up %d, runs %d; %d cores, %s, max heap %d MB%n",
                SECTIONS.size(), PRINCIPLES.size(), warmup, runs, Runtime.getRuntime().availableProcessors(),
                Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);

        long start = System.nanoTime();
        PdfRenderer renderer = renderer();
        System.out.printf("renderer built (fonts read) in %s%n", ms(System.nanoTime() - start));
        Map<String, Object> model = Map.of("doc", document());

        start = System.nanoTime();
        byte[] pdf = renderer.render("export/transcript", model);
        System.out.printf("first render (cold) %s%n", ms(System.nanoTime() - start));
        for (int i = 0; i < warmup; i++) {
            renderer.render("export/transcript", model);
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            pdf = renderer.render("export/transcript", model);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        if (opt.containsKey("out")) {
            java.nio.file.Files.write(java.nio.file.Path.of(opt.get("out")), pdf);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            System.out.printf("measured %d renders: p50 %s, p95 %s, min %s, max %s; PDF %d KB, %d pages, tagged %s%n", runs,
                    ms(percentile(times, 50)), ms(percentile(times, 95)), ms(times[0]), ms(times[runs - 1]),
                    pdf.length >> 10, document.getNumberOfPages(), document.getDocumentCatalog().getMarkInfo() != null
                            && document.getDocumentCatalog().getMarkInfo().isMarked());
        }
    }

    /** As Spring makes it: the application's Thymeleaf engine on templates/, and the fonts component. */
    static PdfRenderer renderer() throws Exception {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        Constructor<PdfRenderer> constructor = PdfRenderer.class.getDeclaredConstructor(ITemplateEngine.class, PdfFonts.class);
        constructor.setAccessible(true); // package-private: Spring's to call
        return constructor.newInstance(engine, new PdfFonts());
    }

    static TranscriptPdf.Document document() {
        List<Transcript.Row> sections = new ArrayList<>();
        for (int i = 0; i < SECTIONS.size(); i++) {
            boolean graded = i > 0 && i < SECTIONS.size() - 1;
            sections.add(new Transcript.Row(SECTIONS.get(i), graded, graded
                    ? List.of(GRADES[i % GRADES.length], GRADES[(i + 1) % GRADES.length]) : List.of("Complete", "Complete")));
        }
        List<Transcript.Row> principles = PRINCIPLES.stream()
                .map(p -> new Transcript.Row(p, true, List.of("Strong", "Adequate"))).toList();
        String feedback = ("The portfolio shows sustained, reflective practice across the sections. The evidence is well "
                + "chosen and anonymised, and the reflection says what changed for learners and what you would do differently. "
                + "Section 3b would be stronger with the policy itself as evidence.\n\n").repeat(8);
        Transcript transcript = new Transcript("senior", "Resubmission", "Referral - minor revisions",
                Instant.parse("2026-06-01T11:00:00Z"), "pass-with-distinction", "Pass with distinction",
                List.of(Transcript.LEAD, Transcript.SECOND), sections, principles,
                List.of("Pass with distinction", "Pass"), List.of(feedback, feedback));
        Award award = new Award(UUID.randomUUID(), "CMALT-2026-00042", "token", UUID.randomUUID(), "Dr Morgan Example-Holder",
                "senior", UUID.randomUUID(), "pass-with-distinction", LocalDate.of(2026, 6, 1), Instant.parse("2026-06-01T11:00:00Z"),
                false, null, null, 1, Instant.parse("2026-06-01T11:00:00Z"), LocalDate.of(2027, 6, 1),
                LocalDate.of(2029, 6, 1), 0);
        return new TranscriptPdf.Document(award, award.holderName(), "Senior CMALT", "SUB-2026-ABC123",
                "https://portfolio.example.org/morgan/senior-cmalt", "https://portfolio.example.org/morgan/senior-cmalt",
                "1 June 2026", transcript);
    }

    static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static String ms(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }
}
