package org.waymark.portfolio.web;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.waymark.portfolio.internal.SectionContent;
import org.waymark.portfolio.internal.SectionDraft;
import org.waymark.portfolio.internal.TextSplice;

/**
 * The section editor's form. Text arrives as HTML from the rich editor, or as plain text without JavaScript.
 * <p>
 * A JavaBean, not a record, on purpose: every autosave binds this form, and Spring binds a record through its
 * constructor, reading the constructor's parameter annotations and generic types afresh on every request (a tenth of
 * an autosave's CPU in the issue 7 profile), while it binds a bean through setters whose descriptions it caches.
 */
public class SectionForm {

    @Size(max = 200, message = "Keep the title under 200 characters")
    private String title;
    @Size(max = SectionDraft.LONGEST_TEXT, message = "The description is too long to save (over 150,000 characters); split it or move material into evidence")
    private String description;
    @Size(max = SectionDraft.LONGEST_TEXT, message = "The reflection is too long to save (over 150,000 characters)")
    private String reflection;
    @Size(max = SectionDraft.LONGEST_TEXT, message = "The evidence text is too long to save (over 150,000 characters)")
    private String evidence;
    private List<String> principles;
    private List<UUID> evidenceIds;
    private Boolean evidenceShown;
    @NotNull(message = "The form is missing its version: reload the page")
    private Long version;
    private Long theirsVersion;
    private String action;
    private List<String> parts;
    /** A text part sent as a splice of the text its page last saved: "from,to,baseLength,check" ({@link TextSplice}). */
    private String descriptionSplice;
    private String reflectionSplice;
    private String evidenceSplice;

    static SectionForm of(SectionContent content, long version, Set<UUID> evidenceIds) {
        SectionForm form = new SectionForm();
        form.title = content.title();
        form.description = content.description();
        form.reflection = content.reflection();
        form.evidence = content.evidence();
        form.principles = List.copyOf(content.principles());
        form.evidenceIds = List.copyOf(evidenceIds);
        form.evidenceShown = true;
        form.version = version;
        return form;
    }

    /**
     * The draft this form sends. An autosave may name the {@code parts} it carries (what changed since its last save);
     * every other post carries the whole section. A text part with a splice field holds only the splice's replacement:
     * it is never taken for the whole text (the save applies it to the stored text, or sends back for the whole).
     */
    SectionDraft draft(boolean autosave) {
        Set<String> claimed = principles == null ? Set.of() : new LinkedHashSet<>(principles);
        // Links change only when the form showed the evidence list (a form without it leaves them alone).
        Set<UUID> links = Boolean.TRUE.equals(evidenceShown) ? (evidenceIds == null ? Set.of() : Set.copyOf(evidenceIds)) : null;
        Set<SectionDraft.Part> carried = null; // the whole section
        if (autosave && parts != null) { // "evidenceIds" names no part: the links go by evidenceShown, as always
            Set<SectionDraft.Part> named = EnumSet.noneOf(SectionDraft.Part.class);
            carried = named;
            for (String name : parts) {
                SectionDraft.Part.ofField(name).ifPresent(named::add);
            }
        }
        Map<SectionDraft.Part, TextSplice> splices = new EnumMap<>(SectionDraft.Part.class);
        if (descriptionSplice != null) {
            splices.put(SectionDraft.Part.DESCRIPTION, TextSplice.parse(descriptionSplice, description));
        }
        if (reflectionSplice != null) {
            splices.put(SectionDraft.Part.REFLECTION, TextSplice.parse(reflectionSplice, reflection));
        }
        if (evidenceSplice != null) {
            splices.put(SectionDraft.Part.EVIDENCE, TextSplice.parse(evidenceSplice, evidence));
        }
        if (carried != null) {
            carried.addAll(splices.keySet());
        }
        return new SectionDraft(title, splices.containsKey(SectionDraft.Part.DESCRIPTION) ? null : description,
                splices.containsKey(SectionDraft.Part.REFLECTION) ? null : reflection,
                splices.containsKey(SectionDraft.Part.EVIDENCE) ? null : evidence, claimed, links, carried, splices);
    }

    /** "Keep mine" after a conflict saves over the version the conflict showed. */
    long expectedVersion() {
        return "keep-mine".equals(action) && theirsVersion != null ? theirsVersion : version;
    }

    public boolean claims(String principle) {
        return principles != null && principles.contains(principle);
    }

    public boolean links(UUID evidenceId) {
        return evidenceIds != null && evidenceIds.contains(evidenceId);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getReflection() { return reflection; }
    public void setReflection(String reflection) { this.reflection = reflection; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public List<String> getPrinciples() { return principles; }
    public void setPrinciples(List<String> principles) { this.principles = principles; }
    public List<UUID> getEvidenceIds() { return evidenceIds; }
    public void setEvidenceIds(List<UUID> evidenceIds) { this.evidenceIds = evidenceIds; }
    public Boolean getEvidenceShown() { return evidenceShown; }
    public void setEvidenceShown(Boolean evidenceShown) { this.evidenceShown = evidenceShown; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Long getTheirsVersion() { return theirsVersion; }
    public void setTheirsVersion(Long theirsVersion) { this.theirsVersion = theirsVersion; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public List<String> getParts() { return parts; }
    public void setParts(List<String> parts) { this.parts = parts; }
    public String getDescriptionSplice() { return descriptionSplice; }
    public void setDescriptionSplice(String descriptionSplice) { this.descriptionSplice = descriptionSplice; }
    public String getReflectionSplice() { return reflectionSplice; }
    public void setReflectionSplice(String reflectionSplice) { this.reflectionSplice = reflectionSplice; }
    public String getEvidenceSplice() { return evidenceSplice; }
    public void setEvidenceSplice(String evidenceSplice) { this.evidenceSplice = evidenceSplice; }
}
