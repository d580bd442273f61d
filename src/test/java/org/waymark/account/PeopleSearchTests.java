package org.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.account.internal.PeopleAdministration;
import org.waymark.support.WaymarkTest;

/** Searching people takes the text literally: {@code %}, {@code _} and the escape character match only themselves. */
@WaymarkTest
class PeopleSearchTests {

    @Autowired
    People people;
    @Autowired
    PeopleAdministration administration;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private PersonSummary person(String name) {
        return people.createVerified(name + " " + tag, UUID.randomUUID() + "@example.org", "a-long-password-1", Role.CANDIDATE);
    }

    private List<String> namesFound(String query) {
        return administration.search(query).stream().map(PersonSummary::name).filter(n -> n.endsWith(tag)).toList();
    }

    @Test
    void aPercentSignMatchesOnlyAPercentSign() {
        person("Fifty 50% Done");
        person("Fifty 500 Done");
        assertThat(namesFound("50%")).containsExactly("Fifty 50% Done " + tag);
    }

    @Test
    void anUnderscoreMatchesOnlyAnUnderscore() {
        person("snake_case Sam");
        person("snakeXcase Sam");
        assertThat(namesFound("snake_case")).containsExactly("snake_case Sam " + tag);
    }

    @Test
    void theEscapeCharacterAndABackslashAreOrdinaryCharacters() {
        person("Bang! Bella");
        person("Back\\slash Bob");
        person("Bang Bella");
        assertThat(namesFound("bang!")).containsExactly("Bang! Bella " + tag);
        assertThat(namesFound("back\\slash")).containsExactly("Back\\slash Bob " + tag);
    }

    @Test
    void otherModulesFindPeopleIdsLiterallyAndNamesInOneCall() {
        PersonSummary percent = person("Pat 100%");
        PersonSummary plain = person("Pat 1000");
        assertThat(people.idsMatching("100%", 50)).containsExactly(percent.id());
        assertThat(people.idsMatching(plain.email().toUpperCase(), 50)).containsExactly(plain.id());
        var names = people.names(List.of(percent.id(), plain.id(), UUID.randomUUID()));
        assertThat(names).hasSize(2);
        assertThat(names.get(plain.id()).name()).isEqualTo("Pat 1000 " + tag);
        assertThat(names.get(plain.id()).email()).isEqualTo(plain.email());
        assertThat(people.names(List.of())).isEmpty();
    }
}
