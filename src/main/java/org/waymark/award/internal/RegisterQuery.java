package org.waymark.award.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a register search, built apart from Spring so that bench/RegisterBench.java runs exactly this on
 * PostgreSQL. Every word of a field must be a term of that field (see {@link RegisterTerms}); the pathway matches
 * exactly. Revoked awards have no entry (revoking removes it). Results are in name order; only the page joins award,
 * for the standing and the verification address.
 *
 * @param sql    with {@code ?} parameters
 * @param params in order
 */
public record RegisterQuery(String sql, List<Object> params) {

    /** What a search asks for: blank fields ask nothing. */
    public record Criteria(String specialism, String sector, String jobRole, String pathway) {

        public boolean isEmpty() {
            return RegisterTerms.search(specialism).isEmpty() && RegisterTerms.search(sector).isEmpty()
                    && RegisterTerms.search(jobRole).isEmpty() && (pathway == null || pathway.isBlank());
        }
    }

    /** The page of entries: columns as {@code RegisterStore} reads them. */
    public static RegisterQuery page(Criteria criteria, boolean member, int limit, int offset) {
        List<Object> params = new ArrayList<>();
        String where = where(criteria, member, params);
        params.add(limit);
        params.add(offset);
        return new RegisterQuery("""
                SELECT e.award_id, e.holder_name, e.pathway, e.sector, e.job_role, e.portfolio_url, e.visibility,
                       a.verification_token, a.certificate_number, a.status, a.membership_paid_until
                FROM register_entry e JOIN award a ON a.id = e.award_id
                """ + where + " ORDER BY e.holder_name, e.award_id LIMIT ? OFFSET ?", params);
    }

    /**
     * How many entries match, counted up to {@code cap + 1} at most: beyond that the page says "more than", and the
     * count costs no more however many holders a broad search matches.
     */
    public static RegisterQuery count(Criteria criteria, boolean member, int cap) {
        List<Object> params = new ArrayList<>();
        String where = where(criteria, member, params);
        params.add(cap + 1);
        return new RegisterQuery("SELECT COUNT(*) FROM (SELECT 1 FROM register_entry e " + where + " LIMIT ?) matched", params);
    }

    private static String where(Criteria criteria, boolean member, List<Object> params) {
        StringBuilder where = new StringBuilder(member
                ? "WHERE e.visibility IN ('PUBLIC', 'MEMBERS')"
                : "WHERE e.visibility = 'PUBLIC'");
        if (criteria.pathway() != null && !criteria.pathway().isBlank()) {
            where.append(" AND e.pathway = ?");
            params.add(criteria.pathway().strip());
        }
        terms(where, params, "S", criteria.specialism());
        terms(where, params, "E", criteria.sector());
        terms(where, params, "R", criteria.jobRole());
        return where.toString();
    }

    private static void terms(StringBuilder where, List<Object> params, String field, String text) {
        for (String term : RegisterTerms.search(text)) {
            where.append(" AND EXISTS (SELECT 1 FROM register_term t WHERE t.field = '").append(field)
                    .append("' AND t.term = ? AND t.award_id = e.award_id)");
            params.add(term);
        }
    }
}
