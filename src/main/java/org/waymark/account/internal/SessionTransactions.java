package org.waymark.account.internal;

import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session's transactions. Its JDBC repository runs every operation in a new transaction of its own, so the read
 * of the session at the start of every request (one SELECT) cost a COMMIT round trip to the database, on every page and
 * every autosave (issue 7). This reads the session in no transaction: one statement, committed by itself, sees one
 * consistent snapshot anyway. Everything else Spring Session does (writing a session and its attributes, deleting,
 * cleaning up) keeps its own new transaction, exactly as Spring Session's default
 * ({@code JdbcHttpSessionConfiguration.createTransactionTemplate}).
 */
final class SessionTransactions implements TransactionOperations {

    /** Set while {@link QuietSessionRepository} reads a session by its id. */
    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private final ObjectProvider<PlatformTransactionManager> managers;
    private volatile TransactionTemplate writes;

    SessionTransactions(ObjectProvider<PlatformTransactionManager> managers) {
        this.managers = managers;
    }

    /** Runs a read of one session (its one SELECT, and the DELETE of it if it has expired) outside any transaction. */
    static <T> T reading(Supplier<T> read) {
        Boolean outer = READING.get();
        READING.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            if (outer == null) {
                READING.remove();
            }
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) throws TransactionException {
        if (READING.get() != null) {
            return action.doInTransaction(new SimpleTransactionStatus(false));
        }
        return writes().execute(action);
    }

    private TransactionTemplate writes() {
        TransactionTemplate template = writes;
        if (template == null) {
            template = new TransactionTemplate(managers.getObject());
            template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            writes = template;
        }
        return template;
    }
}
