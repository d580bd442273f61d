package org.waymark.framework.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.waymark.framework.Framework;
import org.waymark.framework.FrameworkCatalogue;

/** Loads every installed framework file at start-up; a bad file stops Waymark with the line it is about. */
@Configuration(proxyBeanMethods = false)
class FrameworkConfiguration {

    @Bean
    FrameworkCatalogue frameworkCatalogue(@Value("${waymark.framework.file}") Resource currentFile,
                                          @Value("${waymark.framework.installed:classpath*:framework/*.yml}") String installed)
            throws IOException {
        Map<String, Framework> byVersion = new LinkedHashMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(installed)) {
            Framework framework = read(resource);
            if (byVersion.putIfAbsent(framework.version(), framework) != null) {
                throw new FrameworkFileException(resource.getFilename() + ": version " + framework.version()
                        + " is installed twice");
            }
        }
        Framework current = read(currentFile);
        if (current.assessment() == null) {
            throw new FrameworkFileException(currentFile.getFilename() + ": the current framework needs 'assessment' rules"
                    + " (grades, outcomes, types, assessors)");
        }
        byVersion.putIfAbsent(current.version(), current);
        return new FrameworkCatalogue(byVersion, byVersion.get(current.version()));
    }

    private static Framework read(Resource resource) throws IOException {
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return new FrameworkFileReader(resource.getFilename()).read(reader);
        }
    }
}
