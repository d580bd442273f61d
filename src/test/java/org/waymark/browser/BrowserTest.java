package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Tracing;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.waymark.account.People;
import org.waymark.account.PersonSummary;
import org.waymark.account.Role;

/**
 * Base class for browser journeys: the whole application on a random port and its own in-memory database,
 * driven by Debian's Chromium through Playwright. Every page a journey visits through {@link #open(String)}
 * is checked with axe-core against WCAG 2.2 AA; a failing test leaves a screenshot and a Playwright trace
 * in {@code target/screenshots/}.
 * <p>
 * Mail goes where it goes in production: through the outbox and over SMTP, here to one GreenMail server that every
 * journey shares (as they share the application context); {@link #awaitEmail(String, String)} reads it there.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserTest.KeepEvidenceOfFailure.class)
public abstract class BrowserTest {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    /**
     * One SMTP server for the whole test run, on a free port: the port is part of the application context's
     * configuration, so a server per class would give each class a context of its own. Messages are told apart by
     * recipient, and every journey writes to addresses of its own ({@link #uniqueEmail(String)}).
     */
    private static final GreenMail MAIL_SERVER = startMailServer();

    private static GreenMail startMailServer() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    @DynamicPropertySource
    static void sendMailToTheTestServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL_SERVER.getSmtp().getPort());
    }

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    @Autowired
    private People people;

    protected BrowserContext context;
    protected Page page;
    private String testName;

    @BeforeAll
    static void launchBrowser() {
        // Nothing may be downloaded here: the driver comes from the driver-bundle jar, the browser from Debian.
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage(TestInfo info) {
        testName = getClass().getSimpleName() + "-" + info.getTestMethod().map(m -> m.getName()).orElse("test");
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        context.setDefaultTimeout(10_000);
        listenForPolicyViolations(context);
        context.tracing().start(new Tracing.StartOptions().setScreenshots(true).setSnapshots(true));
        page = context.newPage();
    }

    /**
     * Another browser context (its own cookies), closed with the test's own. With {@code javaScript} false it
     * is a browser with scripts turned off, for the pages' no-JavaScript paths.
     */
    protected BrowserContext newContext(boolean javaScript) {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setJavaScriptEnabled(javaScript));
        other.setDefaultTimeout(10_000);
        listenForPolicyViolations(other);
        extraContexts.add(other);
        if (!javaScript) {
            noScriptContexts.add(other);
        }
        return other;
    }

    private final List<BrowserContext> extraContexts = new java.util.ArrayList<>();
    private final java.util.Set<BrowserContext> noScriptContexts = new java.util.HashSet<>();

    /** What the browser console said about Content-Security-Policy violations during this test, in order. */
    final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Chromium reports a blocked inline style or script, or an eval, on the console ("Refused to apply inline
     * style because it violates the following Content Security Policy directive ..."), and the page goes on
     * without it: nothing else would notice. Every page of every context a test opens is listened to.
     */
    private void listenForPolicyViolations(BrowserContext watched) {
        // The console names the directive only; the event says which script line or element caused it.
        watched.addInitScript("""
                document.addEventListener('securitypolicyviolation', e => {
                    const t = e.target && e.target.outerHTML ? e.target.outerHTML.slice(0, 160) : String(e.target);
                    console.error('Content Security Policy violation detail: ' + e.violatedDirective + ' at ' + e.sourceFile
                        + ':' + e.lineNumber + ':' + e.columnNumber + ' sample [' + e.sample + '] on ' + t);
                });""");
        watched.onConsoleMessage(message -> {
            if (isPolicyViolation(message.text())) {
                policyViolations.add(message.text() + " (on " + message.page().url() + ")");
            }
        });
        watched.onPage(opened -> opened.onPageError(error -> {
            if (isPolicyViolation(error)) {
                policyViolations.add(error + " (on " + opened.url() + ")");
            }
        }));
    }

    private static boolean isPolicyViolation(String text) {
        return text != null && (text.contains("Content Security Policy") || text.contains("Refused to"));
    }

    /**
     * Forgets violations caused by the test's own set-up rather than by Waymark (putting Word's HTML on the
     * clipboard makes Chromium parse it, style attributes and all, in the page).
     */
    protected void forgetPolicyViolationsOfTheSetUp() {
        policyViolations.clear();
    }

    /** Fails when the console has shown a Content-Security-Policy violation since the test began. */
    protected void assertNoPolicyViolations() {
        if (!policyViolations.isEmpty()) {
            fail("Content-Security-Policy violation(s) in the browser console:\n- "
                    + String.join("\n- ", policyViolations));
        }
    }

    @AfterEach
    void closePage() {
        try {
            assertNoPolicyViolations();
        } finally {
            closeContexts();
        }
    }

    private void closeContexts() {
        extraContexts.forEach(BrowserContext::close);
        extraContexts.clear();
        noScriptContexts.clear();
        if (context != null) {
            context.close();
        }
    }

    /** The absolute address of a path in the running application. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Goes to a path and checks the page that arrives with axe-core. */
    protected Response open(String path) {
        Response response = page.navigate(url(path));
        assertAccessible();
        return response;
    }

    /**
     * Checks the page as it is now (after an interaction, an error, a dialog) against WCAG 2.2 AA, and that the
     * console has shown no Content-Security-Policy violation so far.
     */
    protected void assertAccessible() {
        assertNoPolicyViolations();
        if (noScriptContexts.contains(page.context())) {
            assertAccessibleWithoutScripts();
            return;
        }
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        if (results.isErrored()) {
            fail("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
        }
        if (!results.getViolations().isEmpty()) {
            screenshot("axe-violations");
            fail(results.getViolations().size() + " accessibility violation(s) on " + page.url() + ":\n"
                    + results.getViolations().stream().map(BrowserTest::describe).collect(Collectors.joining("\n")));
        }
    }

    /**
     * axe-core runs as a script, and a page with scripts turned off never answers it. So the HTML this page
     * received is served again, at the same address, to a page with scripts on, and checked there.
     */
    private void assertAccessibleWithoutScripts() {
        Page withoutScripts = page;
        String html = withoutScripts.content();
        String address = withoutScripts.url();
        Page copy = context.newPage();
        try {
            copy.route(address, route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                    .setStatus(200).setContentType("text/html; charset=utf-8").setBody(html)));
            copy.navigate(address);
            page = copy;
            assertAccessible();
        } finally {
            page = withoutScripts;
            copy.close();
        }
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    at " + targets;
    }

    /** Signs in through the sign-in form by keyboard, and checks the person arrives signed in. */
    protected void signIn(String email, String password) {
        open("/sign-in");
        page.locator("main").getByLabel("Email", new Locator.GetByLabelOptions().setExact(true)).focus();
        page.keyboard().type(email);
        page.keyboard().press("Tab");
        page.keyboard().type(password);
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("/sign-in"));
        assertThat(signOutButton()).isVisible();
    }

    /** The header's sign-out button, present only for someone signed in. */
    protected Locator signOutButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"));
    }

    /** A verified account, ready to sign in with. */
    protected PersonSummary createPerson(String name, String email, String password, Role... roles) {
        return people.createVerified(name, email, password, roles);
    }

    /**
     * An email address no other test uses: browser test classes share one application context (and so one
     * database), and the sign-in throttle counts failures per address.
     */
    protected static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /**
     * Presses Tab (or Shift+Tab when {@code backwards}) until the focused element matches the Playwright selector,
     * and fails if it cannot be reached within {@code limit} presses: proof that it is reachable by keyboard.
     */
    protected void tabToFocus(String selector, int limit, boolean backwards) {
        for (int presses = 0; presses < limit; presses++) {
            page.keyboard().press(backwards ? "Shift+Tab" : "Tab");
            if (focusedMatches(selector)) {
                return;
            }
        }
        fail(selector + " cannot be reached with " + (backwards ? "Shift+Tab" : "Tab") + " within " + limit
                + " presses; focus is on " + page.evaluate("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : ''"));
    }

    protected void tabToFocus(String selector) {
        tabToFocus(selector, 60, false);
    }

    protected boolean focusedMatches(String selector) {
        return (Boolean) page.locator(selector).evaluateAll("els => els.includes(document.activeElement)");
    }

    /** An email as its recipient reads it: the subject and the decoded text. */
    protected record Email(String subject, String body) {
    }

    /**
     * The newest email to this address whose subject contains {@code subjectPart}, once the SMTP server has received
     * it (the outbox is delivered a moment after the transaction that wrote it commits); fails after 20 seconds.
     */
    protected Email awaitEmail(String recipient, String subjectPart) {
        return awaitEmails(recipient, subjectPart, 1).getLast();
    }

    /** Waits until at least {@code count} such emails have arrived, and returns them all, oldest first. */
    protected List<Email> awaitEmails(String recipient, String subjectPart, int count) {
        long deadline = System.currentTimeMillis() + 20_000;
        List<Email> found = List.of();
        while (System.currentTimeMillis() < deadline) {
            found = emailsTo(recipient, subjectPart);
            if (found.size() >= count) {
                return found;
            }
            MAIL_SERVER.waitForIncomingEmail(200, MAIL_SERVER.getReceivedMessages().length + 1);
        }
        throw new AssertionError("Expected " + count + " email(s) to " + recipient + " about '" + subjectPart
                + "', the mail server has " + found.size() + "; to this address: " + emailsTo(recipient, ""));
    }

    /** Every email the mail server has received for this address whose subject contains the text, oldest first. */
    protected static List<Email> emailsTo(String recipient, String subjectPart) {
        List<Email> emails = new java.util.ArrayList<>();
        try {
            for (MimeMessage message : MAIL_SERVER.getReceivedMessages()) {
                jakarta.mail.Address[] to = message.getRecipients(Message.RecipientType.TO);
                if (to != null && java.util.Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient))
                        && message.getSubject().contains(subjectPart)) {
                    emails.add(new Email(message.getSubject(), String.valueOf(message.getContent())));
                }
            }
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException("Could not read the test mail server's messages", e);
        }
        return emails;
    }

    /** Saves a full-page PNG as {@code target/screenshots/<TestClass>-<test>-<name>.png}. */
    protected Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(testName + "-" + name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Saves a full-page PNG as {@code target/screenshots/<fileName>}, a plain name for documentation. */
    protected Path screenshotAs(String fileName) {
        Path file = SCREENSHOTS.resolve(fileName);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * On failure, before the page closes: a screenshot of what the browser showed and a trace to replay
     * (see README.md). Passing tests keep nothing.
     */
    static class KeepEvidenceOfFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext extension) {
            if (!(extension.getRequiredTestInstance() instanceof BrowserTest test) || test.context == null) {
                return;
            }
            if (extension.getExecutionException().isPresent()) {
                try {
                    test.screenshot("failed");
                } catch (RuntimeException e) {
                    // The page may be what failed; the trace still shows what happened.
                }
                test.context.tracing().stop(new Tracing.StopOptions()
                        .setPath(SCREENSHOTS.resolve(test.testName + "-trace.zip")));
            } else {
                test.context.tracing().stop();
            }
        }
    }
}
