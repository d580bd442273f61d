package org.waymark.portfolio.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.waymark.framework.Framework;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.portfolio.PortfolioOverview;

/**
 * Portfolios at a glance, for lists of any length: the checklist figures of a whole list come from two queries
 * (its sections, and their evidence links counted by section), never from queries per portfolio.
 */
@Service
public class PortfolioOverviews {

    /** One page of a list and how long the whole list is. */
    public record Listing(List<PortfolioOverview> portfolios, long total) {
    }

    private final JdbcAggregateOperations aggregates;
    private final SectionRepository sections;
    private final FrameworkCatalogue catalogue;
    private final JdbcClient jdbc;

    PortfolioOverviews(JdbcAggregateOperations aggregates, SectionRepository sections, FrameworkCatalogue catalogue,
                       JdbcClient jdbc) {
        this.aggregates = aggregates;
        this.sections = sections;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
    }

    /**
     * Every portfolio, newest first, a page at a time: only those of the given owners ({@code null}: anyone's) and
     * on the given pathway ({@code null}: any). Four queries whatever the page or the list's length.
     */
    public Listing page(Collection<UUID> ownerIds, String pathwayKey, long offset, int size) {
        if (ownerIds != null && ownerIds.isEmpty()) {
            return new Listing(List.of(), 0);
        }
        Criteria criteria = Criteria.empty();
        if (ownerIds != null) {
            criteria = criteria.and("ownerId").in(ownerIds);
        }
        if (pathwayKey != null) {
            criteria = criteria.and("pathway").is(pathwayKey);
        }
        long total = aggregates.count(Query.query(criteria), Portfolio.class);
        List<Portfolio> page = aggregates.findAll(Query.query(criteria)
                .sort(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))).offset(offset).limit(size), Portfolio.class);
        return new Listing(of(page), total);
    }

    /** Overviews of these portfolios, in the same order. */
    public List<PortfolioOverview> of(List<Portfolio> portfolios) {
        if (portfolios.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = portfolios.stream().map(Portfolio::getId).toList();
        Map<UUID, List<PortfolioSection>> sectionsOf = sections.findByPortfolioIdInOrderByPosition(ids).stream()
                .collect(Collectors.groupingBy(PortfolioSection::getPortfolioId));
        Map<UUID, Integer> links = evidenceLinkCounts(ids);
        return portfolios.stream().map(p -> overview(p, sectionsOf.getOrDefault(p.getId(), List.of()), links)).toList();
    }

    private PortfolioOverview overview(Portfolio p, List<PortfolioSection> itsSections, Map<UUID, Integer> links) {
        Framework framework = catalogue.version(p.getFrameworkVersion());
        var pathway = framework.pathway(p.getPathway());
        Checklist checklist = Checklist.of(framework, pathway, p, itsSections, links);
        Instant last = checklist.sections().stream().map(i -> i.section().getUpdatedAt()).max(Comparator.naturalOrder())
                .orElse(p.getCreatedAt());
        return new PortfolioOverview(p.getId(), p.getOwnerId(), p.getPathway(), pathway.name(), p.getFrameworkVersion(),
                checklist.sections().size(), (int) checklist.readyCount(), checklist.missingCount(), checklist.complete(),
                p.getCreatedAt(), last);
    }

    private Map<UUID, Integer> evidenceLinkCounts(List<UUID> portfolioIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT se.section_id, COUNT(*) FROM section_evidence se JOIN portfolio_section s ON s.id = se.section_id "
                        + "WHERE s.portfolio_id IN (:ids) GROUP BY se.section_id")
                .param("ids", portfolioIds)
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return counts;
    }
}
