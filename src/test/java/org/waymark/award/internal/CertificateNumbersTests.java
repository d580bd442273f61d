package org.waymark.award.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.support.WaymarkTest;

/** Certificate numbers: sequential, without gaps, under concurrency and rollback, on H2 and PostgreSQL. */
@WaymarkTest
class CertificateNumbersTests {

    @Autowired
    CertificateNumbers numbers;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void numbersRunFromOneEachYearAndAreFormattedAsOnTheCertificate() {
        int year = 2100 + ThreadLocalRandom.current().nextInt(800); // a year of this test's own
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThat(take(tx, year)).isEqualTo("CMALT-" + year + "-00001");
        assertThat(take(tx, year)).isEqualTo("CMALT-" + year + "-00002");
        assertThat(take(tx, year + 1000)).isEqualTo("CMALT-" + (year + 1000) + "-00001");
        assertThat(CertificateNumbers.format(2026, 42)).isEqualTo("CMALT-2026-00042");
    }

    @Test
    void anAwardThatRollsBackGivesItsNumberBack() {
        int year = 2100 + ThreadLocalRandom.current().nextInt(800);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.execute(s -> numbers.next(year));
        tx.executeWithoutResult(s -> {
            numbers.next(year);
            s.setRollbackOnly(); // the award failed after taking 00002
        });
        assertThat(take(tx, year)).isEqualTo("CMALT-" + year + "-00002");
    }

    @Test
    void aNumberIsOnlyTakenInsideTheAwardsTransaction() {
        assertThatThrownBy(() -> numbers.next(2999)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void eightAdministratorsAwardingAtOnceGetEveryNumberOnceWithoutGaps() throws Exception {
        int year = 2100 + ThreadLocalRandom.current().nextInt(800);
        int threads = 8;
        int each = 15;
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Set<String> issued = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        boolean rollBack = i % 5 == 4; // some awards fail and give their number back
                        String number = tx.execute(s -> {
                            String n = numbers.next(year);
                            if (rollBack) {
                                s.setRollbackOnly();
                            }
                            return n;
                        });
                        if (!rollBack) {
                            assertThat(issued.add(number)).as("%s issued twice", number).isTrue();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        int kept = threads * (each - each / 5);
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= kept; n++) {
            expected.add(CertificateNumbers.format(year, n));
        }
        assertThat(issued).containsExactlyInAnyOrderElementsOf(expected);
    }

    private String take(TransactionTemplate tx, int year) {
        String number = tx.execute(s -> numbers.next(year));
        return number;
    }
}
