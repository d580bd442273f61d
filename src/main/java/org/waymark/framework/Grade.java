package org.waymark.framework;

/** One step of the grade scale an assessor gives a section or a core principle, best first. */
public record Grade(String key, String name, String description) {
}
