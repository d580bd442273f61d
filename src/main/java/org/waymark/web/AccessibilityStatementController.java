package org.waymark.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement, linked from every page's footer. */
@Controller
class AccessibilityStatementController {

    @GetMapping("/accessibility")
    String statement() {
        return "accessibility";
    }
}
