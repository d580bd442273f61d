package org.waymark.award.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.waymark.award.Award;
import org.waymark.award.Listing;

/** The register's tables: entries, their specialisms and the terms they are found by. */
@Repository
class RegisterStore {

    /** A search row before the specialisms are added and the standing worked out. */
    record Row(UUID awardId, String holderName, String pathway, String sector, String jobRole, String portfolioUrl,
               Listing.Visibility visibility, String token, String number, boolean revoked, LocalDate paidUntil) {
    }

    private final JdbcClient jdbc;

    RegisterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Listing> listing(UUID awardId) {
        return jdbc.sql("SELECT visibility, sector, job_role, portfolio_url FROM register_entry WHERE award_id = ?")
                .param(awardId)
                .query((rs, n) -> new Listing(Listing.Visibility.valueOf(rs.getString("visibility")), specialisms(awardId),
                        rs.getString("sector"), rs.getString("job_role"), rs.getString("portfolio_url")))
                .optional();
    }

    /** Replaces the entry of this award, its specialisms and its terms. */
    void save(Award award, Listing listing, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE register_entry SET visibility = ?, holder_name = ?, pathway = ?, sector = ?, job_role = ?,
                            portfolio_url = ?, chosen_at = ?, version = version + 1 WHERE award_id = ?""")
                .params(listing.visibility().name(), award.holderName(), award.pathwayKey(), listing.sector(),
                        listing.jobRole(), listing.portfolioUrl(), Timestamp.from(at), award.id())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO register_entry (award_id, holder_id, visibility, holder_name, pathway, sector, job_role,
                                portfolio_url, chosen_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                    .params(award.id(), award.holderId(), listing.visibility().name(), award.holderName(), award.pathwayKey(),
                            listing.sector(), listing.jobRole(), listing.portfolioUrl(), Timestamp.from(at))
                    .update();
        }
        jdbc.sql("DELETE FROM register_specialism WHERE award_id = ?").param(award.id()).update();
        jdbc.sql("DELETE FROM register_term WHERE award_id = ?").param(award.id()).update();
        int position = 0;
        for (String specialism : listing.specialisms()) {
            jdbc.sql("INSERT INTO register_specialism (award_id, position, specialism) VALUES (?, ?, ?)")
                    .params(award.id(), position++, specialism).update();
        }
        terms(award.id(), "S", RegisterTerms.of(listing.specialisms()));
        terms(award.id(), "E", RegisterTerms.of(listing.sector()));
        terms(award.id(), "R", RegisterTerms.of(listing.jobRole()));
    }

    /** A revoked award's entry goes, with its specialisms and terms. */
    void remove(UUID awardId) {
        jdbc.sql("DELETE FROM register_term WHERE award_id = ?").param(awardId).update();
        jdbc.sql("DELETE FROM register_specialism WHERE award_id = ?").param(awardId).update();
        jdbc.sql("DELETE FROM register_entry WHERE award_id = ?").param(awardId).update();
    }

    /** The name on a reissued certificate, in the entry's copy too. */
    void rename(UUID awardId, String holderName) {
        jdbc.sql("UPDATE register_entry SET holder_name = ? WHERE award_id = ?").params(holderName, awardId).update();
    }

    List<Row> search(RegisterQuery.Criteria criteria, boolean member, int limit, int offset) {
        RegisterQuery query = RegisterQuery.page(criteria, member, limit, offset);
        return jdbc.sql(query.sql()).params(query.params()).query((rs, n) -> new Row(rs.getObject("award_id", UUID.class),
                rs.getString("holder_name"), rs.getString("pathway"), rs.getString("sector"), rs.getString("job_role"),
                rs.getString("portfolio_url"), Listing.Visibility.valueOf(rs.getString("visibility")),
                rs.getString("verification_token"), rs.getString("certificate_number"),
                "REVOKED".equals(rs.getString("status")), rs.getDate("membership_paid_until").toLocalDate())).list();
    }

    int count(RegisterQuery.Criteria criteria, boolean member, int cap) {
        RegisterQuery query = RegisterQuery.count(criteria, member, cap);
        return jdbc.sql(query.sql()).params(query.params()).query(Integer.class).single();
    }

    /** Specialisms of these awards, each in the holder's order. */
    Map<UUID, List<String>> specialisms(List<UUID> awardIds) {
        Map<UUID, List<String>> byAward = new LinkedHashMap<>();
        if (awardIds.isEmpty()) {
            return byAward;
        }
        jdbc.sql("SELECT award_id, specialism FROM register_specialism WHERE award_id IN (:ids) ORDER BY award_id, position")
                .param("ids", awardIds)
                .query(rs -> {
                    byAward.computeIfAbsent(rs.getObject("award_id", UUID.class), id -> new ArrayList<>())
                            .add(rs.getString("specialism"));
                });
        return byAward;
    }

    private List<String> specialisms(UUID awardId) {
        return jdbc.sql("SELECT specialism FROM register_specialism WHERE award_id = ? ORDER BY position")
                .param(awardId).query(String.class).list();
    }

    private void terms(UUID awardId, String field, Iterable<String> terms) {
        for (String term : terms) {
            jdbc.sql("INSERT INTO register_term (field, term, award_id) VALUES (?, ?, ?)").params(field, term, awardId).update();
        }
    }
}
