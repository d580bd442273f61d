package org.waymark.assessment.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.waymark.account.People;
import org.waymark.assessment.AssessorProfile;
import org.waymark.assessment.AssessorProfile.Unavailable;
import org.waymark.assessment.ConflictsOfInterest;
import org.waymark.assessment.DeclaredConflict;

/**
 * The assessment module's tables for the pool: profiles, specialisms, unavailable dates, declared conflicts. A profile
 * is read whole (a handful of queries whatever the number of assessors) and changed only where its version is the
 * one the editor saw.
 */
@Repository
public class AssessorStore {

    private record Row(UUID personId, String award, String institution, int capacity, int timesAsSecond, long version) {
    }

    private final JdbcClient jdbc;
    private final People people;

    AssessorStore(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    public List<AssessorProfile> all() {
        return profiles(jdbc.sql("SELECT person_id, award_pathway, institution, capacity_per_round, times_as_second, version FROM assessor")
                .query(AssessorStore::row).list());
    }

    public Optional<AssessorProfile> find(UUID personId) {
        return profiles(jdbc.sql("SELECT person_id, award_pathway, institution, capacity_per_round, times_as_second, version"
                        + " FROM assessor WHERE person_id = ?").params(personId).query(AssessorStore::row).list())
                .stream().findFirst();
    }

    public boolean exists(UUID personId) {
        return jdbc.sql("SELECT COUNT(*) FROM assessor WHERE person_id = ?").params(personId).query(Integer.class).single() > 0;
    }

    void insert(UUID personId, UUID by, Instant now) {
        jdbc.sql("INSERT INTO assessor (person_id, capacity_per_round, times_as_second, added_at, added_by, updated_at, version)"
                        + " VALUES (?, 0, 0, ?, ?, ?, 0)")
                .params(personId, Timestamp.from(now), by, Timestamp.from(now)).update();
    }

    /** Saves the details if the profile is still at {@code version}; false when someone else saved it first. */
    boolean update(UUID personId, long version, ProfileDetails details, Instant now) {
        int updated = jdbc.sql("UPDATE assessor SET award_pathway = ?, institution = ?, capacity_per_round = ?, times_as_second = ?,"
                        + " updated_at = ?, version = version + 1 WHERE person_id = ? AND version = ?")
                .params(details.awardPathway(), details.institution(), details.capacityPerRound(), details.timesAsSecond(),
                        Timestamp.from(now), personId, version)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM assessor_specialism WHERE person_id = ?").params(personId).update();
        int position = 0;
        for (String specialism : details.specialisms()) {
            jdbc.sql("INSERT INTO assessor_specialism (person_id, position, specialism) VALUES (?, ?, ?)")
                    .params(personId, position++, specialism).update();
        }
        return true;
    }

    UUID addUnavailable(UUID personId, LocalDate from, LocalDate to) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO assessor_unavailable (id, person_id, from_date, to_date) VALUES (?, ?, ?, ?)")
                .params(id, personId, Date.valueOf(from), Date.valueOf(to)).update();
        return id;
    }

    Optional<Unavailable> removeUnavailable(UUID personId, UUID id) {
        Optional<Unavailable> found = unavailable(List.of(personId)).getOrDefault(personId, List.of()).stream()
                .filter(u -> u.id().equals(id)).findFirst();
        found.ifPresent(u -> jdbc.sql("DELETE FROM assessor_unavailable WHERE id = ? AND person_id = ?").params(id, personId).update());
        return found;
    }

    /** The conflicts one person has declared, newest first. */
    /** One more assessment served as second assessor (counts towards leading). */
    public void servedAsSecond(UUID personId) {
        jdbc.sql("UPDATE assessor SET times_as_second = times_as_second + 1, version = version + 1 WHERE person_id = ?")
                .param(personId).update();
    }

    public List<DeclaredConflict> conflictsOf(UUID personId) {
        return conflicts(List.of(personId)).getOrDefault(personId, List.of());
    }

    void declare(DeclaredConflict conflict) {
        jdbc.sql("INSERT INTO assessor_conflict (id, person_id, kind, target, target_key, reason, declared_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(conflict.id(), conflict.assessorId(), conflict.kind().name(), conflict.target(),
                        ConflictsOfInterest.normalised(conflict.target()), conflict.reason(), Timestamp.from(conflict.declaredAt()))
                .update();
    }

    /** Removes one of this person's own declarations; empty when they have none with that id. */
    Optional<DeclaredConflict> withdraw(UUID personId, UUID id) {
        Optional<DeclaredConflict> found = conflictsOf(personId).stream().filter(c -> c.id().equals(id)).findFirst();
        found.ifPresent(c -> jdbc.sql("DELETE FROM assessor_conflict WHERE id = ? AND person_id = ?").params(id, personId).update());
        return found;
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getLong(6));
    }

    private List<AssessorProfile> profiles(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::personId).toList();
        Map<UUID, People.Name> names = people.names(ids);
        Map<UUID, List<String>> specialisms = specialisms(ids);
        Map<UUID, List<Unavailable>> unavailable = unavailable(ids);
        Map<UUID, List<DeclaredConflict>> conflicts = conflicts(ids);
        List<AssessorProfile> profiles = new ArrayList<>();
        for (Row row : rows) {
            People.Name name = names.getOrDefault(row.personId(), new People.Name(row.personId(), "", ""));
            profiles.add(new AssessorProfile(row.personId(), name.name(), name.email(), row.award(), row.institution(),
                    specialisms.getOrDefault(row.personId(), List.of()), row.capacity(), row.timesAsSecond(),
                    unavailable.getOrDefault(row.personId(), List.of()), conflicts.getOrDefault(row.personId(), List.of()),
                    row.version()));
        }
        profiles.sort(java.util.Comparator.comparing((AssessorProfile p) -> p.name().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(p -> p.personId().toString()));
        return List.copyOf(profiles);
    }

    private record Keyed<T>(UUID personId, T value) {
    }

    private static <T> Map<UUID, List<T>> grouped(List<Keyed<T>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Keyed::personId, LinkedHashMap::new,
                Collectors.mapping(Keyed::value, Collectors.toUnmodifiableList())));
    }

    private Map<UUID, List<String>> specialisms(Collection<UUID> ids) {
        return grouped(jdbc.sql("SELECT person_id, specialism FROM assessor_specialism WHERE person_id IN (:ids) ORDER BY person_id, position")
                .param("ids", ids).query((rs, n) -> new Keyed<>(rs.getObject(1, UUID.class), rs.getString(2))).list());
    }

    private Map<UUID, List<Unavailable>> unavailable(Collection<UUID> ids) {
        return grouped(jdbc.sql("SELECT person_id, id, from_date, to_date FROM assessor_unavailable WHERE person_id IN (:ids)"
                        + " ORDER BY person_id, from_date, to_date, id")
                .param("ids", ids)
                .query((rs, n) -> new Keyed<>(rs.getObject(1, UUID.class), new Unavailable(rs.getObject(2, UUID.class),
                        rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()))).list());
    }

    private Map<UUID, List<DeclaredConflict>> conflicts(Collection<UUID> ids) {
        return grouped(jdbc.sql("SELECT person_id, id, kind, target, reason, declared_at FROM assessor_conflict WHERE person_id IN (:ids)"
                        + " ORDER BY person_id, declared_at DESC, id")
                .param("ids", ids)
                .query((rs, n) -> new Keyed<>(rs.getObject(1, UUID.class), new DeclaredConflict(rs.getObject(2, UUID.class),
                        rs.getObject(1, UUID.class), DeclaredConflict.Kind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))).list());
    }

    /** The award Waymark issued this person that lets them assess the most, if any. */
    public Optional<String> awardHeld(UUID personId) {
        return jdbc.sql("SELECT pathway FROM assessor_award_held WHERE person_id = ?").param(personId).query(String.class).optional();
    }

    void recordAwardHeld(UUID personId, String pathway, String certificateNumber, Instant at) {
        jdbc.sql("DELETE FROM assessor_award_held WHERE person_id = ?").param(personId).update();
        jdbc.sql("INSERT INTO assessor_award_held (person_id, pathway, certificate_number, recorded_at) VALUES (?, ?, ?, ?)")
                .params(personId, pathway, certificateNumber, Timestamp.from(at)).update();
    }

    /** Sets the award in a profile whatever its version (the award was issued; nobody's edit is being replaced). */
    void setAward(UUID personId, String pathway, Instant at) {
        jdbc.sql("UPDATE assessor SET award_pathway = ?, updated_at = ?, version = version + 1 WHERE person_id = ?")
                .params(pathway, Timestamp.from(at), personId).update();
    }
}
