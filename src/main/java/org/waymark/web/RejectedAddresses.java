package org.waymark.web;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security's firewall refuses addresses with encoded slashes, dot segments or semicolons ("..%2F"), before
 * any controller sees them. Such an address leads nowhere, so it gets the same "Page not found" page as any other
 * (through the container's error dispatch to {@link ErrorPageController}), not a bare 400 or 500.
 */
@Configuration(proxyBeanMethods = false)
class RejectedAddresses {

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /**
     * Tomcat itself refuses an encoded slash with its own bare 400 page, before the application sees it. Passed
     * through still encoded (never decoded into a real slash), it reaches the firewall above and gets our page.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachTheFirewall() {
        return factory -> factory.addConnectorCustomizers(connector ->
                connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }
}
