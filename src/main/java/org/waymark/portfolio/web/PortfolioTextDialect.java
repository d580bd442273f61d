package org.waymark.portfolio.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.waymark.portfolio.internal.RichText;

/**
 * {@code #portfolioText.show(html)} in templates: stored portfolio text as every page prints it, the one place where
 * the candidate's own headings are moved below the section and the part they are in ({@link RichText#forReading}).
 */
@Component
class PortfolioTextDialect extends AbstractDialect implements IExpressionObjectDialect {

    /** The expression object itself. */
    public static final class PortfolioText {
        public String show(String storedHtml) {
            return RichText.forReading(storedHtml);
        }
    }

    private static final PortfolioText INSTANCE = new PortfolioText();

    PortfolioTextDialect() {
        super("portfolioText");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("portfolioText");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return INSTANCE;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
