package org.waymark.portfolio.internal;

import org.springframework.stereotype.Component;

/**
 * Flyway version 2026.11.30.2302: counts the words of every section's working copy (V2026_11_30_2301 added the
 * columns; ADR 0015).
 */
@Component
class SectionWordCountBackfill extends WordCountBackfill {

    SectionWordCountBackfill() {
        super("2026.11.30.2302", "portfolio section word counts backfill", "portfolio_section");
    }
}
