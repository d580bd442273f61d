package org.waymark.portfolio.evidence.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.waymark.portfolio.evidence.EvidenceRefusedException;

/** A web link must be a well-formed http or https address. Waymark never fetches it. */
public final class LinkCheck {

    public static final int MAX_LENGTH = 2000;
    private static final String EXAMPLE = "Enter a web address that starts with http:// or https://, like https://www.example.org/page";

    private LinkCheck() {
    }

    /** The address, trimmed; throws {@link EvidenceRefusedException} on field "url" otherwise. */
    public static String check(String url) {
        String trimmed = url == null ? "" : url.strip();
        if (trimmed.isEmpty()) {
            throw new EvidenceRefusedException("url", "Enter the web address of the evidence");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new EvidenceRefusedException("url", "The web address must be " + MAX_LENGTH + " characters or fewer");
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new EvidenceRefusedException("url", EXAMPLE);
            }
            if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
                throw new EvidenceRefusedException("url", EXAMPLE);
            }
        } catch (URISyntaxException e) {
            throw new EvidenceRefusedException("url", EXAMPLE);
        }
        return trimmed;
    }
}
