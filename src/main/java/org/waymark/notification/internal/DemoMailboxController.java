package org.waymark.notification.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.waymark.notification.Mailer;

/**
 * In demo mode, the outbox is readable here so sign-up and password reset work without an SMTP server.
 * Never in production: Waymark refuses to start with demo mode and the prod profile together.
 */
@Controller
class DemoMailboxController {

    private final Mailer mailer;
    private final boolean demo;

    DemoMailboxController(Mailer mailer, @Value("${waymark.demo.enabled}") boolean demo) {
        this.mailer = mailer;
        this.demo = demo;
    }

    @GetMapping("/demo/mailbox")
    String mailbox(Model model) {
        if (!demo) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("messages", mailer.recent(50));
        return "demo-mailbox";
    }
}
