package org.waymark.portfolio.evidence.internal;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
class EvidenceConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EvidenceStore evidenceStore(EvidenceProperties properties) throws IOException {
        return new FilesystemEvidenceStore(properties.storagePath());
    }

    @Bean
    ContentCheck contentCheck(EvidenceProperties properties) {
        return new ContentCheck(properties.maxSize());
    }
}
