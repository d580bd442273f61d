package org.waymark.framework;

public record CorePrinciple(String key, String name, String statement) {
}
