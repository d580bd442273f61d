package org.waymark.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

/** Spring Session reads a session in no transaction, and does everything else in a new one, as by default. */
class SessionTransactionsTests {

    /** Records the transactions asked for. */
    static final class Recording implements PlatformTransactionManager {
        final List<Integer> propagations = new ArrayList<>();
        int commits;

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            propagations.add(definition == null ? null : definition.getPropagationBehavior());
            return new SimpleTransactionStatus(true);
        }

        @Override
        public void commit(TransactionStatus status) {
            commits++;
        }

        @Override
        public void rollback(TransactionStatus status) {
        }
    }

    private final Recording manager = new Recording();
    private final SessionTransactions transactions = new SessionTransactions(
            new StaticListableBeanFactory(java.util.Map.of("transactionManager", manager)).getBeanProvider(PlatformTransactionManager.class));

    @Test
    void aReadOfOneSessionTakesNoTransaction() {
        String read = SessionTransactions.reading(() -> transactions.execute(status -> "the session"));
        assertThat(read).isEqualTo("the session");
        assertThat(manager.propagations).isEmpty();
        assertThat(manager.commits).isZero();
    }

    @Test
    void everythingElseRunsInANewTransactionOfItsOwn() {
        SessionTransactions.reading(() -> "read first");
        transactions.execute(status -> "saved");
        assertThat(manager.propagations).containsExactly(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThat(manager.commits).isEqualTo(1);
    }
}
