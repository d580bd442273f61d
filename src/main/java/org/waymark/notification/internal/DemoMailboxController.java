package org.waymark.notification.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.waymark.notification.Mailer;

/**
 * In demo mode, the outbox is readable here so sign-up and password reset work without an SMTP server.
 * It shows everyone's reset links, so it answers only in demo mode (embedded database, see demo.DemoModeDefault)
 * and only to a browser on the same machine: any other address gets "Page not found".
 */
@Controller
class DemoMailboxController {

    private final Mailer mailer;
    private final boolean demo;

    DemoMailboxController(Mailer mailer, @Value("${waymark.demo.enabled:false}") boolean demo) {
        this.mailer = mailer;
        this.demo = demo;
    }

    @GetMapping("/demo/mailbox")
    String mailbox(HttpServletRequest request, Model model) {
        if (!demo || !fromThisMachine(request)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("messages", mailer.recent(50));
        return "demo-mailbox";
    }

    /**
     * The address of the connection itself: wrappers (such as the filter that applies X-Forwarded-For) are
     * looked through, because a header is whatever the sender wrote.
     */
    static boolean fromThisMachine(ServletRequest request) {
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        String address = request.getRemoteAddr();
        if (address == null || !(address.contains(":") || address.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return false; // a literal address only: never a name to look up
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
