package org.waymark.notification.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.waymark.notification.Mailer;

/**
 * Plain-text email templates, {@code templates/mail/NAME.txt}: the first line is "Subject: ...", the rest
 * after a blank line is the body. An engine of its own (with SpEL, like the pages'), so the pages' engine stays Boot's.
 * {@link #send} renders one and queues it in the outbox, in the caller's transaction.
 */
@Component
class MailTemplates {

    record Email(String subject, String body) {
    }

    private static final String SUBJECT = "Subject: ";

    private final TemplateEngine engine = new SpringTemplateEngine();
    private final Mailer mailer;

    MailTemplates(Mailer mailer) {
        this.mailer = mailer;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
    }

    /** Renders the template {@code name} with {@code variables} and queues it for {@code recipient}. */
    void send(String recipient, String name, Map<String, Object> variables) {
        Email email = render(name, variables);
        mailer.send(recipient, email.subject(), email.body());
    }

    Email render(String name, Map<String, Object> variables) {
        String text = engine.process(name, new Context(Locale.UK, variables));
        int lineEnd = text.indexOf('\n');
        if (!text.startsWith(SUBJECT) || lineEnd < 0) {
            throw new IllegalStateException("Mail template " + name + " must begin with a 'Subject: ' line");
        }
        return new Email(text.substring(SUBJECT.length(), lineEnd).strip(), text.substring(lineEnd + 1).strip() + "\n");
    }
}
