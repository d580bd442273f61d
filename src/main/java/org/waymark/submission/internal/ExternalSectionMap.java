package org.waymark.submission.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An external portfolio's section map, kept in {@code submission_section_location}: where each section is, a page
 * link or a heading. Written once, with the submission; never changed.
 */
@Repository
public class ExternalSectionMap {

    /**
     * Where one section is. {@code heading} is the section's title in the framework ("Technical knowledge and
     * ability...", "Advanced area"), {@code location} the candidate's answer. {@code label} ("1b", "6a") is not
     * stored: it is worked out from the pathway when read (see {@link ExternalSubmissions#map}), null until then.
     */
    public record Location(int position, String sectionKey, String label, String heading, String location) {

        public boolean isLink() {
            return ExternalSubmissions.looksLikeLink(location);
        }

        /** "1b Technical knowledge and ability in the use of learning technology". */
        public String section() {
            return ExternalSectionRows.heading(label, heading);
        }

        Location labelled(String label) {
            return new Location(position, sectionKey, label, heading, location);
        }
    }

    private final JdbcClient jdbc;

    ExternalSectionMap(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(UUID submissionId, List<Location> locations) {
        for (Location location : locations) {
            jdbc.sql("INSERT INTO submission_section_location (submission_id, position, section_key, heading, location)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(submissionId, location.position(), location.sectionKey(), location.heading(), location.location())
                    .update();
        }
    }

    public List<Location> of(UUID submissionId) {
        return jdbc.sql("SELECT position, section_key, heading, location FROM submission_section_location"
                        + " WHERE submission_id = ? ORDER BY position")
                .param(submissionId)
                .query((rs, n) -> new Location(rs.getInt(1), rs.getString(2), null, rs.getString(3), rs.getString(4)))
                .list();
    }
}
