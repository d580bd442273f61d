package org.waymark.portfolio.internal;

/** A portfolio cannot be deleted while a submission in progress holds a snapshot of it. */
public class PortfolioHeldException extends IllegalStateException {

    public static final String MESSAGE = "You cannot delete this portfolio while a submission of it is in progress. "
            + "Once the submission has been withdrawn, returned or decided, you can delete it.";

    PortfolioHeldException() {
        super(MESSAGE);
    }
}
