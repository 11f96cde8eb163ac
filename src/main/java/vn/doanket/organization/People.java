package vn.doanket.organization;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.organization.PeopleCommands.Appoint;
import vn.doanket.organization.PeopleCommands.EndPosition;
import vn.doanket.organization.PeopleCommands.NewPerson;
import vn.doanket.platform.TextFolding;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;

/**
 * People and the positions they hold in units. Every change is checked against the rules in
 * {@link PeopleRules} and the unit's other positions, and is written to the audit trail in the same
 * transaction.
 */
@Service
public class People {

    private static final String POSITION_COLUMNS =
            """
            select o.id, o.person_id, p.full_name, u.code as unit_code, u.full_name as unit_name, o.title,
                   o.term_start, o.term_end, o.starts_on, o.ends_on
            from org_position o join org_person p on p.id = o.person_id join org_unit u on u.id = o.unit_id
            """;

    private static final RowMapper<PositionView> POSITION = (rs, i) -> new PositionView(
            rs.getLong("id"),
            rs.getLong("person_id"),
            rs.getString("full_name"),
            rs.getString("unit_code"),
            rs.getString("unit_name"),
            PositionTitle.valueOf(rs.getString("title")),
            new Term(rs.getInt("term_start"), rs.getInt("term_end")),
            rs.getObject("starts_on", LocalDate.class),
            rs.getObject("ends_on", LocalDate.class));

    private static final RowMapper<PersonView> PERSON = (rs, i) -> new PersonView(
            rs.getLong("id"),
            rs.getString("full_name"),
            rs.getString("gender") == null ? null : Gender.valueOf(rs.getString("gender")),
            (Integer) rs.getObject("birth_year"),
            rs.getString("phone"),
            rs.getString("email"),
            rs.getString("unit_code"));

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final AuditTrail audit;

    People(JdbcClient jdbc, OrgUnits units, AuditTrail audit) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
    }

    @Transactional
    public PersonView register(NewPerson command) {
        NewPerson p = PeopleRules.checked(command);
        Unit unit = units.get(p.unitCode());
        long id = jdbc.sql(
                        """
                        insert into org_person (full_name, gender, birth_year, phone, email, search_text, unit_id)
                        values (:name, :gender, :year, :phone, :email, :search, :unit) returning id""")
                .param("name", p.fullName())
                .param("gender", p.gender() == null ? null : p.gender().name())
                .param("year", p.birthYear())
                .param("phone", p.phone())
                .param("email", p.email())
                .param("search", TextFolding.fold(p.fullName()))
                .param("unit", unit.id())
                .query(Long.class)
                .single();
        PersonView created = person(id);
        audit.record(new AuditChange(
                unit.id(),
                unit.treePath(),
                "org_person",
                Long.toString(id),
                AuditAction.CREATE,
                "Thêm người: " + created.fullName(),
                null,
                created));
        return created;
    }

    @Transactional
    public PositionView appoint(Appoint command) {
        java.util.Objects.requireNonNull(command.title(), "title");
        java.util.Objects.requireNonNull(command.term(), "term");
        PeopleRules.checkDates(command.term(), command.startsOn(), command.endsOn());
        PersonView person = person(command.personId());
        Unit unit = units.get(command.unitCode(), command.startsOn());
        PeopleRules.checkUnitLifetime(unit, command.startsOn(), command.endsOn());
        if (command.title().isSingleHolder()) {
            lockPositionsOf(unit);
            overlapping(unit, command.title(), command.startsOn(), command.endsOn(), null)
                    .ifPresent(holder -> {
                        throw new PositionRuleException.SingleHolderTaken(unit, holder);
                    });
        }
        long id = jdbc.sql(
                        """
                        insert into org_position (person_id, unit_id, title, term_start, term_end, starts_on, ends_on)
                        values (:person, :unit, :title, :ts, :te, :from, :to) returning id""")
                .param("person", person.id())
                .param("unit", unit.id())
                .param("title", command.title().name())
                .param("ts", command.term().startYear())
                .param("te", command.term().endYear())
                .param("from", command.startsOn())
                .param("to", command.endsOn())
                .query(Long.class)
                .single();
        PositionView created = position(id);
        audit.record(new AuditChange(
                unit.id(),
                unit.treePath(),
                "org_position",
                Long.toString(id),
                AuditAction.CREATE,
                "Bổ nhiệm " + person.fullName() + " làm " + command.title().label() + " " + unit.fullName(),
                null,
                created));
        return created;
    }

    @Transactional
    public PositionView end(EndPosition command) {
        PositionView before = jdbc.sql(POSITION_COLUMNS + " where o.id = :id for update of o")
                .param("id", command.positionId())
                .query(POSITION)
                .optional()
                .orElseThrow(() -> new PositionRuleException.PositionNotFound(command.positionId()));
        if (before.endsOn() != null) {
            throw new PositionRuleException.AlreadyEnded(before);
        }
        PeopleRules.checkDates(before.term(), before.startsOn(), command.endsOn());
        Unit unit = units.get(before.unitCode(), before.startsOn());
        PeopleRules.checkUnitLifetime(unit, before.startsOn(), command.endsOn());
        jdbc.sql("update org_position set ends_on = :to, version = version + 1 where id = :id")
                .param("to", command.endsOn())
                .param("id", before.id())
                .update();
        PositionView after = position(before.id());
        audit.record(new AuditChange(
                unit.id(),
                unit.treePath(),
                "org_position",
                Long.toString(before.id()),
                AuditAction.UPDATE,
                "Kết thúc chức vụ " + before.title().label() + " của " + before.personName() + " ngày "
                        + PositionRuleException.date(command.endsOn()),
                before,
                after));
        return after;
    }

    /** Who held a position in the unit on the date, highest rank first, then by start date. */
    @Transactional(readOnly = true)
    public List<PositionView> leadership(String unitCode, LocalDate date) {
        Unit unit = units.get(unitCode, date);
        return jdbc
                .sql(
                        POSITION_COLUMNS
                                + """
                        where o.unit_id = :unit and o.starts_on <= :d and (o.ends_on is null or o.ends_on >= :d)""")
                .param("unit", unit.id())
                .param("d", date)
                .query(POSITION)
                .list()
                .stream()
                .sorted(Comparator.comparing(PositionView::title)
                        .thenComparing(PositionView::startsOn)
                        .thenComparing(PositionView::personName))
                .toList();
    }

    @Transactional(readOnly = true)
    public PersonView person(long id) {
        return jdbc.sql(
                        """
                        select p.id, p.full_name, p.gender, p.birth_year, p.phone, p.email, u.code as unit_code
                        from org_person p left join org_unit u on u.id = p.unit_id where p.id = :id""")
                .param("id", id)
                .query(PERSON)
                .optional()
                .orElseThrow(() -> new PositionRuleException.PersonNotFound(id));
    }

    @Transactional(readOnly = true)
    public PositionView position(long id) {
        return jdbc.sql(POSITION_COLUMNS + " where o.id = :id")
                .param("id", id)
                .query(POSITION)
                .optional()
                .orElseThrow(() -> new PositionRuleException.PositionNotFound(id));
    }

    /** Serialises appointments to single-holder positions of one unit, so two cannot both pass the check. */
    private void lockPositionsOf(Unit unit) {
        jdbc.sql("select pg_advisory_xact_lock(7243100, cast(:id as integer))")
                .param("id", (int) (unit.id() % Integer.MAX_VALUE))
                .query()
                .singleRow();
    }

    private Optional<PositionView> overlapping(
            Unit unit, PositionTitle title, LocalDate from, LocalDate to, Long except) {
        return jdbc.sql(
                        POSITION_COLUMNS
                                + """
                        where o.unit_id = :unit and o.title = :title
                          and (cast(:to as date) is null or o.starts_on <= cast(:to as date))
                          and (o.ends_on is null or o.ends_on >= :from)
                          and o.id <> :except
                        order by o.starts_on limit 1""")
                .param("unit", unit.id())
                .param("title", title.name())
                .param("from", from)
                .param("to", to)
                .param("except", except == null ? -1L : except)
                .query(POSITION)
                .optional();
    }
}
