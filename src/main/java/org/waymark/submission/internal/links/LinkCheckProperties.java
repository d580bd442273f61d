package org.waymark.submission.internal.links;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code waymark.link-check.*} (ADR 0007). {@code interval} (the pause between runs) is read by the job's
 * {@code @Scheduled} itself. Each request gives up after {@code connectTimeout} to connect and {@code requestTimeout}
 * more to answer; one link, with its redirects and any wait for its host, after {@link #linkDeadline()}.
 * {@code allowPrivateNetworks} lets the checker fetch loopback and private addresses: for tests with a local
 * server, never in production.
 */
@ConfigurationProperties("waymark.link-check")
record LinkCheckProperties(@DefaultValue("true") boolean enabled,
                           @DefaultValue("PT5S") Duration connectTimeout,
                           @DefaultValue("PT10S") Duration requestTimeout,
                           @DefaultValue("2") int perHostLimit,
                           @DefaultValue("false") boolean allowPrivateNetworks) {

    LinkCheckProperties {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("waymark.link-check timeouts must be positive");
        }
        if (perHostLimit < 1) {
            throw new IllegalArgumentException("waymark.link-check.per-host-limit must be at least 1");
        }
    }

    /** One link's whole check (waiting for its host, every redirect, HEAD and GET) ends by then: two full requests. */
    Duration linkDeadline() {
        return connectTimeout.plus(requestTimeout).multipliedBy(2);
    }
}
