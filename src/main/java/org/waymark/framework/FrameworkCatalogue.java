package org.waymark.framework;

import java.util.Collection;
import java.util.Map;
import java.util.NoSuchElementException;

/** Every framework version Waymark knows, and which one new portfolios start on. */
public class FrameworkCatalogue {

    private final Map<String, Framework> byVersion;
    private final Framework current;

    public FrameworkCatalogue(Map<String, Framework> byVersion, Framework current) {
        this.byVersion = Map.copyOf(byVersion);
        this.current = current;
    }

    public Framework current() {
        return current;
    }

    /** The version a portfolio was started on; it never changes under an existing portfolio. */
    public Framework version(String version) {
        Framework framework = byVersion.get(version);
        if (framework == null) {
            throw new NoSuchElementException("Framework version " + version + " is not installed");
        }
        return framework;
    }

    public Collection<Framework> all() {
        return byVersion.values();
    }
}
