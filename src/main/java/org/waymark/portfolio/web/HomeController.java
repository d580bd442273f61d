package org.waymark.portfolio.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.waymark.portfolio.internal.PortfolioService;
import org.waymark.web.HomePage;

/** The signed-in person's starting point: their portfolios and what to do next. */
@Controller
@HomePage
class HomeController {

    private final PortfolioService service;

    HomeController(PortfolioService service) {
        this.service = service;
    }

    @GetMapping("/home")
    String home(Authentication who, Model model) {
        model.addAttribute("portfolios", service.ownedBy(PortfolioAccess.personId(who)));
        return "portfolio/home";
    }
}
