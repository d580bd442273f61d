package org.waymark.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.award.internal.AwardService;
import org.waymark.award.internal.Register;
import org.waymark.award.internal.RegisterEntry;
import org.waymark.award.internal.RegisterQuery.Criteria;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.support.WaymarkTest;

/**
 * Who the register shows to whom: not listed until the holder chooses; members-only entries hidden from visitors
 * and from signed-in people without a valid award; revoked awards never; lapsed members shown as lapsed. Each test
 * searches by a specialism word of its own, so entries made by other tests never match.
 */
@WaymarkTest
class RegisterTests {

    @Autowired
    AwardService awards;
    @Autowired
    Register register;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    SubmissionFixtures fixtures;
    String word;

    @BeforeEach
    void setUp() {
        fixtures = new SubmissionFixtures(context);
        word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void anAwardIsNotListedUntilItsHolderChoosesAndIsThenFoundByEachField() {
        UUID holder = fixtures.candidate("Noor Listed", UUID.randomUUID() + "@example.org");
        Award award = awards.issue(holder, "cmalt", UUID.randomUUID(), "pass", null);

        assertThat(register.listing(award.id()).visibility()).isEqualTo(Listing.Visibility.NOT_LISTED);
        assertThat(found(bySpecialism(word), false)).isEmpty();

        awards.chooseListing(holder, award.id(), listing(Listing.Visibility.PUBLIC, "Open " + word + " practice"));
        assertThat(found(bySpecialism(word.toUpperCase()), false)).extracting(RegisterEntry::holderName).containsExactly("Noor Listed");
        assertThat(found(bySpecialism("practice " + word), false)).hasSize(1);
        assertThat(found(bySpecialism(word + " missingword"), false)).isEmpty();
        assertThat(found(new Criteria(word, "further EDUCATION", "", ""), false)).hasSize(1);
        assertThat(found(new Criteria(word, "", "digital-learning", "cmalt"), false)).hasSize(1);
        assertThat(found(new Criteria(word, "", "", "senior"), false)).isEmpty();
        assertThat(found(new Criteria(word, "schools", "", ""), false)).isEmpty();

        RegisterEntry entry = found(bySpecialism(word), false).getFirst();
        assertThat(entry.verificationToken()).isEqualTo(award.verificationToken());
        assertThat(entry.specialisms()).containsExactly("Open " + word + " practice", "Accessibility");
        assertThat(entry.portfolioUrl()).isEqualTo("https://portfolio.example.org/noor");
        assertThat(entry.standing()).isEqualTo(Award.Standing.VALID);

        awards.chooseListing(holder, award.id(), listing(Listing.Visibility.NOT_LISTED, "Open " + word + " practice"));
        assertThat(found(bySpecialism(word), true)).isEmpty();
        assertThat(register.listing(award.id()).specialisms()).contains("Open " + word + " practice"); // kept for later
    }

    @Test
    void membersOnlyEntriesAreHiddenFromVisitorsAndFromPeopleWithoutAValidAward() {
        UUID holder = fixtures.candidate();
        Award award = awards.issue(holder, "senior", UUID.randomUUID(), "pass", null);
        awards.chooseListing(holder, award.id(), listing(Listing.Visibility.MEMBERS, word));

        assertThat(found(bySpecialism(word), false)).isEmpty();
        assertThat(found(bySpecialism(word), true)).extracting(RegisterEntry::awardId).containsExactly(award.id());

        assertThat(register.certifiedMember(null)).isFalse();
        assertThat(register.certifiedMember(fixtures.candidate())).isFalse();
        assertThat(register.certifiedMember(holder)).isTrue();

        UUID lapsedHolder = fixtures.candidate();
        Award lapsed = awards.issue(lapsedHolder, "cmalt", UUID.randomUUID(), "pass", null);
        lapse(lapsed);
        assertThat(register.certifiedMember(lapsedHolder)).isFalse();
    }

    @Test
    void aRevokedAwardIsNeverListedAndCannotBeListedAgain() {
        UUID holder = fixtures.candidate();
        Award award = awards.issue(holder, "cmalt", UUID.randomUUID(), "pass", null);
        awards.chooseListing(holder, award.id(), listing(Listing.Visibility.PUBLIC, word));
        assertThat(found(bySpecialism(word), true)).hasSize(1);

        awards.revoke(UUID.randomUUID(), award.id(), award.version(), "Plagiarism");

        assertThat(found(bySpecialism(word), false)).isEmpty();
        assertThat(found(bySpecialism(word), true)).isEmpty();
        assertThat(register.search(bySpecialism(word), true, 1).matched()).isZero();
        assertThatThrownBy(() -> awards.chooseListing(holder, award.id(), listing(Listing.Visibility.PUBLIC, word)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLapsedMembersEntrySaysSo() {
        UUID holder = fixtures.candidate();
        Award award = awards.issue(holder, "cmalt", UUID.randomUUID(), "pass", null);
        awards.chooseListing(holder, award.id(), listing(Listing.Visibility.PUBLIC, word));
        lapse(award);

        assertThat(found(bySpecialism(word), false)).extracting(RegisterEntry::standing).containsExactly(Award.Standing.LAPSED);
    }

    @Test
    void onlyTheHolderListsAnAwardAndAReissuedNameShowsOnTheEntry() {
        UUID holder = fixtures.candidate();
        Award award = awards.issue(holder, "cmalt", UUID.randomUUID(), "pass", null);
        assertThatThrownBy(() -> awards.chooseListing(fixtures.candidate(), award.id(), listing(Listing.Visibility.PUBLIC, word)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(register.listing(award.id()).visibility()).isEqualTo(Listing.Visibility.NOT_LISTED);

        awards.chooseListing(holder, award.id(), listing(Listing.Visibility.PUBLIC, word));
        awards.reissue(UUID.randomUUID(), award.id(), award.version(), "Renamed Holder");
        assertThat(found(bySpecialism(word), false)).extracting(RegisterEntry::holderName).containsExactly("Renamed Holder");
    }

    @Test
    void resultsComeInNameOrderAPageAtATime() {
        for (int i = Register.PAGE_SIZE + 2; i > 0; i--) {
            UUID holder = fixtures.candidate(String.format("Holder %02d", i), UUID.randomUUID() + "@example.org");
            Award award = awards.issue(holder, "cmalt", UUID.randomUUID(), "pass", null);
            awards.chooseListing(holder, award.id(), listing(Listing.Visibility.PUBLIC, word));
        }
        Register.Results first = register.search(bySpecialism(word), false, 1);
        assertThat(first.matched()).isEqualTo(Register.PAGE_SIZE + 2);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.entries()).hasSize(Register.PAGE_SIZE);
        assertThat(first.entries().getFirst().holderName()).isEqualTo("Holder 01");
        Register.Results second = register.search(bySpecialism(word), false, 2);
        assertThat(second.entries()).extracting(RegisterEntry::holderName).containsExactly("Holder 21", "Holder 22");
        assertThat(register.search(bySpecialism(word), false, 99).page()).isEqualTo(2);
    }

    private List<RegisterEntry> found(Criteria criteria, boolean member) {
        return register.search(criteria, member, 1).entries();
    }

    private static Criteria bySpecialism(String specialism) {
        return new Criteria(specialism, "", "", "");
    }

    private static Listing listing(Listing.Visibility visibility, String specialism) {
        return new Listing(visibility, List.of(specialism, "Accessibility"), "Further education", "Digital learning lead",
                "https://portfolio.example.org/noor");
    }

    private void lapse(Award award) {
        jdbc.sql("UPDATE award SET membership_paid_until = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(LocalDate.now().minusYears(2)), award.id()).update();
    }
}
