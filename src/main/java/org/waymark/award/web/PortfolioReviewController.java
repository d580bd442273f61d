package org.waymark.award.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.access.Action;
import org.waymark.access.NotPermittedException;
import org.waymark.access.Permissions;
import org.waymark.award.Award;
import org.waymark.award.Awards;
import org.waymark.award.internal.AwardService;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.portfolio.PortfolioOverview;
import org.waymark.portfolio.Portfolios;
import org.waymark.submission.RoundSummary;
import org.waymark.submission.Submitting;

/**
 * A certified member's portfolio review: the holder chooses the portfolio (on the award's pathway) and an open round,
 * confirms, and it is submitted like any portfolio, frozen, as a portfolio review. Only the holder, for an award that
 * stands (valid or lapsed, not revoked).
 */
@Controller
class PortfolioReviewController {

    private final AwardService awards;
    private final Portfolios portfolios;
    private final Submitting submitting;
    private final Permissions permissions;
    private final FrameworkCatalogue catalogue;
    private final Clock clock;

    PortfolioReviewController(AwardService awards, Portfolios portfolios, Submitting submitting, Permissions permissions,
                              FrameworkCatalogue catalogue, Clock clock) {
        this.awards = awards;
        this.portfolios = portfolios;
        this.submitting = submitting;
        this.permissions = permissions;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/awards/{id}/review")
    String page(@PathVariable UUID id, Authentication who, Model model) {
        return page(holdersAward(who, id), null, null, Map.of(), who, model);
    }

    @PostMapping("/awards/{id}/review")
    String submit(@PathVariable UUID id, @RequestParam(required = false) UUID portfolio,
                  @RequestParam(required = false) UUID round, @RequestParam(defaultValue = "false") boolean declared,
                  Authentication who, Model model) {
        Award award = holdersAward(who, id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (portfolio == null) {
            errors.put("portfolio", "Choose the portfolio to be reviewed");
        }
        if (round == null) {
            errors.put("round", "Choose the round to submit it in");
        }
        if (!declared) {
            errors.put("declared", "Confirm this is the portfolio you want reviewed");
        }
        if (errors.isEmpty()) {
            try {
                UUID submission = awards.submitPortfolioReview(award.holderId(), portfolio, round);
                return "redirect:/submissions/" + submission + "/submitted";
            } catch (IllegalStateException refused) {
                errors.put("portfolio", refused.getMessage());
            }
        }
        return page(award, portfolio, round, errors, who, model);
    }

    private String page(Award award, UUID portfolio, UUID round, Map<String, String> errors, Authentication who, Model model) {
        UUID holder = UUID.fromString(who.getName());
        List<PortfolioOverview> own = portfolios.ownedBy(holder).stream()
                .filter(p -> p.pathwayKey().equals(award.pathwayKey())).toList();
        List<RoundSummary> rounds = submitting.roundsOpenTo(holder, clock.instant());
        model.addAttribute("award", award);
        model.addAttribute("pathway", catalogue.current().findPathway(award.pathwayKey()).map(p -> p.name()).orElse(award.pathwayKey()));
        model.addAttribute("portfolios", own);
        model.addAttribute("rounds", rounds);
        model.addAttribute("chosenPortfolio", portfolio != null ? portfolio : own.size() == 1 ? own.getFirst().id() : null);
        model.addAttribute("chosenRound", round != null ? round : rounds.size() == 1 ? rounds.getFirst().id() : null);
        model.addAttribute("errors", errors);
        model.addAttribute("today", awards.today());
        return "award/review";
    }

    /** The signed-in holder's own award, not revoked; anything else is not found. */
    private Award holdersAward(Authentication who, UUID id) {
        permissions.check(who, Action.SUBMIT, Awards.OBJECT_TYPE, id);
        return awards.find(id).filter(a -> a.holderId().toString().equals(who.getName()) && !a.revoked())
                .orElseThrow(() -> new NotPermittedException(Awards.OBJECT_TYPE, id));
    }
}
