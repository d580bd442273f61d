package org.waymark.notification;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.support.WaymarkTest;

/** The demo mailbox shows everyone's reset links: even in demo mode, only a browser on the same machine sees it. */
@WaymarkTest(properties = {"waymark.demo.enabled=true", "server.forward-headers-strategy=framework"})
class DemoMailboxTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theMailboxAnswersABrowserOnTheSameMachine() throws Exception {
        mvc.perform(get("/demo/mailbox").with(from("127.0.0.1"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Demo mailbox")));
        mvc.perform(get("/demo/mailbox").with(from("0:0:0:0:0:0:0:1"))).andExpect(status().isOk());
    }

    @Test
    void anyOtherAddressIsToldThereIsNoSuchPage() throws Exception {
        mvc.perform(get("/demo/mailbox").with(from("203.0.113.7"))).andExpect(status().isNotFound());
        mvc.perform(get("/demo/mailbox").with(from("192.168.1.20"))).andExpect(status().isNotFound());
    }

    @Test
    void aForwardedForHeaderNamingTheLoopbackAddressDoesNotOpenIt() throws Exception {
        mvc.perform(get("/demo/mailbox").with(from("203.0.113.7"))
                        .header("X-Forwarded-For", "127.0.0.1").header("Forwarded", "for=127.0.0.1"))
                .andExpect(status().isNotFound());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
