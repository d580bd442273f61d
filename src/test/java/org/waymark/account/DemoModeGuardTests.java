package org.waymark.account;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.waymark.WaymarkApplication;

/** The demo mailbox shows every email, password resets included: never together with production settings. */
class DemoModeGuardTests {

    @Test
    void waymarkRefusesToStartInDemoModeWithTheProdProfile() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(WaymarkApplication.class).profiles("prod")
                .run("--waymark.demo.enabled=true", "--server.port=0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo mode")
                .hasMessageContaining("prod");
    }
}
