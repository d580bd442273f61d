package org.waymark.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators read the audit trail (the URL is under /admin, which only administrators reach). */
@Controller
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String object, Model model) {
        model.addAttribute("object", object);
        model.addAttribute("entries", trail.recent(object, 200));
        return "admin/audit";
    }
}
