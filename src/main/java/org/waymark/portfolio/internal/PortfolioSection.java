package org.waymark.portfolio.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * One section of a portfolio: its own aggregate with its own version, so that two tabs on different sections
 * never conflict and a stale save of the same section is detected ({@code UPDATE ... WHERE version = ?}).
 * For statement sections the text lives in {@code description}.
 */
public class PortfolioSection {

    @Id
    private UUID id;
    private UUID portfolioId;
    private String sectionKey;
    private int position;
    private String label;
    private String title;
    private String description = "";
    private String reflection = "";
    private String evidence = "";
    private String principles = "";
    /** The words of the working copy's three texts, written with them (null on a row written by other means). */
    private Integer descriptionWords;
    private Integer reflectionWords;
    private Integer evidenceWords;
    private Instant copiedFromDate;
    private Instant updatedAt;
    private Instant revisedAt;
    /** How the texts were cut into blocks when the editor last saved them ({@link TextCuts#column}); null: not known. */
    private String textCuts;
    @Version
    private Long version;

    protected PortfolioSection() {
    }

    /** Every field, as {@link PortfolioRows} reads them (Spring Data uses the constructor above). */
    PortfolioSection(UUID id, UUID portfolioId, String sectionKey, int position, String label, String title, String description,
                     String reflection, String evidence, String principles, Integer descriptionWords, Integer reflectionWords,
                     Integer evidenceWords, Instant copiedFromDate, Instant updatedAt, Instant revisedAt, String textCuts,
                     Long version) {
        this.id = id;
        this.portfolioId = portfolioId;
        this.sectionKey = sectionKey;
        this.position = position;
        this.label = label;
        this.title = title;
        this.description = description;
        this.reflection = reflection;
        this.evidence = evidence;
        this.principles = principles;
        this.descriptionWords = descriptionWords;
        this.reflectionWords = reflectionWords;
        this.evidenceWords = evidenceWords;
        this.copiedFromDate = copiedFromDate;
        this.updatedAt = updatedAt;
        this.revisedAt = revisedAt;
        this.textCuts = textCuts;
        this.version = version;
    }

    static PortfolioSection create(UUID portfolioId, String sectionKey, int position, String label, Instant now) {
        PortfolioSection s = new PortfolioSection();
        s.id = UUID.randomUUID();
        s.portfolioId = portfolioId;
        s.sectionKey = sectionKey;
        s.position = position;
        s.label = label;
        s.updatedAt = now;
        s.descriptionWords = 0; // no text yet
        s.reflectionWords = 0;
        s.evidenceWords = 0;
        return s;
    }

    void write(SectionContent content, Instant now) {
        write(content, WordCounts.of(content), now);
    }

    /** Writes the content with its word counts, which the caller has made (an autosave counts only what it changed). */
    void write(SectionContent content, WordCounts words, Instant now) {
        this.descriptionWords = words.description();
        this.reflectionWords = words.reflection();
        this.evidenceWords = words.evidence();
        this.title = content.title();
        this.description = content.description();
        this.reflection = content.reflection();
        this.evidence = content.evidence();
        this.principles = String.join(",", content.principles());
        this.updatedAt = now;
        this.textCuts = null; // written by other means than a save that cut them: not known
    }

    /** Sets how the texts just written were cut ({@link TextCuts#column}), after {@link #write}. */
    void cut(String textCuts) {
        this.textCuts = textCuts;
    }

    String textCuts() {
        return textCuts;
    }

    void markRevised(Instant now) {
        this.revisedAt = now;
    }

    void markCopied(Instant sourceLastRevised) {
        this.copiedFromDate = sourceLastRevised;
    }

    void renumber(int position, String label) {
        this.position = position;
        this.label = label;
    }

    /** Sets the version the writer last saw; the update then only applies if nobody saved in between. */
    void expectVersion(long expected) {
        this.version = expected;
    }

    public SectionContent content() {
        return new SectionContent(title, description, reflection, evidence, principleSet());
    }

    /** The working copy's word counts, as stored with it (counted now only for a row that has none stored). */
    public WordCounts wordCounts() {
        if (descriptionWords == null || reflectionWords == null || evidenceWords == null) {
            return WordCounts.of(content());
        }
        return new WordCounts(descriptionWords, reflectionWords, evidenceWords);
    }

    public Set<String> principleSet() {
        Set<String> set = new LinkedHashSet<>();
        if (principles != null && !principles.isBlank()) {
            set.addAll(Arrays.asList(principles.split(",")));
        }
        return set;
    }

    /** When this section's text was last deliberately revised (or, failing that, last changed). */
    public Instant lastRevised() {
        return revisedAt != null ? revisedAt : updatedAt;
    }

    /** The stored forms {@link PortfolioRows} writes: principles comma-separated, counts null where not stored. */
    String principles() { return principles; }
    Integer descriptionWords() { return descriptionWords; }
    Integer reflectionWords() { return reflectionWords; }
    Integer evidenceWords() { return evidenceWords; }

    public UUID getId() { return id; }
    public UUID getPortfolioId() { return portfolioId; }
    public String getSectionKey() { return sectionKey; }
    public int getPosition() { return position; }
    public String getLabel() { return label; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getReflection() { return reflection; }
    public String getEvidence() { return evidence; }
    public Instant getCopiedFromDate() { return copiedFromDate; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getRevisedAt() { return revisedAt; }
    public Long getVersion() { return version; }
}
