package org.waymark.submission.internal.links;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkCheckProperties.class)
class LinkCheckConfiguration {
}
