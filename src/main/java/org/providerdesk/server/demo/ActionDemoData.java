package org.providerdesk.server.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.providerdesk.domain.ActionOutcome;
import org.providerdesk.domain.ActionStatus;
import org.providerdesk.domain.ActionType;
import org.providerdesk.domain.Actions;
import org.providerdesk.domain.CommentSide;
import org.providerdesk.domain.DayOrWeek;
import org.providerdesk.domain.RelatedTo;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.sync.ChangeNumbers;

/**
 * Invented actions with their conversations for the demo users' providers: open, closed and overdue ones of every
 * type. Rows go in with JDBC batches and change numbers taken in blocks, so the large provider's 3,000 actions and
 * about 12,000 comments take seconds.
 */
final class ActionDemoData {

    private static final int ACTIONS_PER_PROVIDER = 12;
    private static final int LARGE_PROVIDER_ACTIONS = 3000;
    private static final BigDecimal HOURLY_RATE = new BigDecimal("24.80");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    private static final String INSERT_ACTION = "INSERT INTO action (provider_id, type, related_to, client_id, "
            + "line_item_id, assigned_team_code, title, text, status, outcome, due_date, raised_by, raised_at, "
            + "last_activity_at, closed_at, change_no, contracted_hours, day_or_week, actual_hours, reason, "
            + "extra_value, variation_start, variation_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_COMMENT = "INSERT INTO action_comment (provider_id, action_id, side, "
            + "author_user_id, author_name, assigned_team_code, text, created_at, change_no) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Jdbc jdbc;
    private final Random random;
    private final LocalDate today;
    private final ZoneId zone;
    private final Person council;

    /** A user who writes in the demo conversations. */
    private record Person(long id, String name) {
    }

    /** An action being made up, with the comments that follow it. */
    private record Made(Object[] row, List<Comment> comments) {
    }

    private record Comment(CommentSide side, Person author, String team, String text, Instant at) {
    }

    ActionDemoData(Jdbc jdbc, Random random, LocalDate today, ZoneId zone) {
        this.jdbc = jdbc;
        this.random = random;
        this.today = today;
        this.zone = zone;
        this.council = person(DemoUsers.COUNCIL_OFFICER);
    }

    void populate(DemoProviders providers, DemoSize size) {
        Person helen = person(DemoUsers.SINGLE_HOME_MANAGER);
        Person priya = person(DemoUsers.GROUP_ADMINISTRATOR);
        populate(providers.rosewood(), helen, ACTIONS_PER_PROVIDER, false);
        populate(providers.oakleafHouse(), priya, size.isLarge() ? LARGE_PROVIDER_ACTIONS : ACTIONS_PER_PROVIDER,
                false);
        populate(providers.oakleafCourt(), priya, ACTIONS_PER_PROVIDER, false);
        populate(providers.oakleafHomeCare(), priya, ACTIONS_PER_PROVIDER, true);
    }

    private void populate(long providerId, Person author, int count, boolean homeCare) {
        List<long[]> lineItems = jdbc.list("SELECT id, client_id FROM line_item WHERE provider_id = ? ORDER BY id",
                row -> new long[] {row.getLong(1), row.getLong(2)}, providerId);
        if (lineItems.isEmpty()) {
            return;
        }
        List<Made> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(action(providerId, author, lineItems.get(random.nextInt(lineItems.size())), i, homeCare));
        }
        long firstChange = new ChangeNumbers(jdbc).take(count);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Object[] row = made.get(i).row();
            row[15] = firstChange + i;
            rows.add(row);
        }
        jdbc.batch(INSERT_ACTION, rows);
        insertComments(providerId, firstChange, made);
    }

    private void insertComments(long providerId, long firstChange, List<Made> made) {
        Map<Long, Long> idByChange = new HashMap<>();
        jdbc.list("SELECT id, change_no FROM action WHERE provider_id = ? AND change_no >= ? AND change_no < ?",
                row -> idByChange.put(row.getLong(2), row.getLong(1)), providerId, firstChange,
                firstChange + made.size());
        int total = made.stream().mapToInt(m -> m.comments().size()).sum();
        if (total == 0) {
            return;
        }
        long change = new ChangeNumbers(jdbc).take(total);
        List<Object[]> rows = new ArrayList<>(total);
        for (int i = 0; i < made.size(); i++) {
            long actionId = idByChange.get(firstChange + i);
            for (Comment c : made.get(i).comments()) {
                rows.add(new Object[] {providerId, actionId, c.side(), c.author().id(), c.author().name(), c.team(), c.text(),
                        c.at(), change++});
            }
        }
        jdbc.batch(INSERT_COMMENT, rows);
    }

    /**
     * The first three of each provider are open and one of them overdue, so every demo home shows amber or red; the
     * rest are a mix in which most are closed.
     */
    private Made action(long providerId, Person author, long[] lineItem, int index, boolean homeCare) {
        ActionType type = ActionType.values()[index % 3];
        int roll = index < 3 ? (index == 1 ? 0 : 1) : random.nextInt(10);
        boolean overdue = roll == 0;
        boolean open = roll <= 3;
        LocalDate raised = overdue ? today.minusDays(17 + random.nextInt(30))
                : open ? today.minusDays(random.nextInt(8)) : today.minusDays(20 + random.nextInt(700));
        Instant raisedAt = raised.atTime(LocalTime.of(9 + random.nextInt(7), random.nextInt(60))).atZone(zone)
                .toInstant();
        DemoActionTexts.Subject subject = DemoActionTexts.subject(type, homeCare, random);
        String team = subject.team();
        VariationRow variation = type == ActionType.VARIATION ? variation(raised) : null;
        String title = variation != null ? variation.title() : subject.title();
        List<Comment> comments = conversation(type, author, team, raisedAt, open);
        Instant last = comments.isEmpty() ? raisedAt : comments.get(comments.size() - 1).at();
        String lastTeam = comments.isEmpty() ? team : comments.get(comments.size() - 1).team();
        ActionOutcome outcome = !open && variation != null
                ? (random.nextInt(4) == 0 ? ActionOutcome.REJECTED : ActionOutcome.APPROVED) : null;
        boolean aboutLineItem = type == ActionType.CONTRACT_QUERY;
        return new Made(new Object[] {providerId, type, aboutLineItem ? RelatedTo.LINE_ITEM : RelatedTo.CLIENT,
            lineItem[1], aboutLineItem ? lineItem[0] : null, lastTeam, title, subject.text(),
            open ? ActionStatus.OPEN : ActionStatus.CLOSED, outcome,
            Actions.dueDate(raised, Actions.DEFAULT_DUE_WORKING_DAYS), author.id(), raisedAt, last,
            open ? null : last, null,
            variation == null ? null : variation.contracted(), variation == null ? null : DayOrWeek.WEEK,
            variation == null ? null : variation.actual(), variation == null ? null : variation.reason(),
            variation == null ? null : variation.value(), variation == null ? null : variation.from(),
            variation == null ? null : variation.to()}, comments);
    }

    private record VariationRow(String title, BigDecimal contracted, BigDecimal actual, String reason,
            BigDecimal value, LocalDate from, LocalDate to) {
    }

    private VariationRow variation(LocalDate raised) {
        LocalDate from = raised.minusDays(3 + random.nextInt(10));
        int days = 1 + random.nextInt(7);
        LocalDate to = from.plusDays(days - 1L);
        BigDecimal contracted = BigDecimal.valueOf(10 + random.nextInt(12)).setScale(2);
        BigDecimal extra = BigDecimal.valueOf(1 + random.nextInt(5)).setScale(2);
        String title = days == 1 ? "One-off crisis " + from.format(DAY_MONTH)
                : "Extra hours " + (from.getMonth() == to.getMonth() ? Integer.toString(from.getDayOfMonth())
                        : from.format(DAY_MONTH)) + "-" + to.format(DAY_MONTH);
        return new VariationRow(title, contracted, contracted.add(extra), DemoActionTexts.variationReason(random),
                extra.multiply(HOURLY_RATE), from, to);
    }

    /** Replies in turn, council first; a closed action ends with the council's closing reply. */
    private List<Comment> conversation(ActionType type, Person author, String team, Instant raisedAt, boolean open) {
        int count = open ? 1 + random.nextInt(5) : 2 + random.nextInt(7);
        List<Comment> comments = new ArrayList<>();
        Instant at = raisedAt;
        Instant now = today.atTime(LocalTime.of(8, 0)).atZone(zone).toInstant();
        for (int i = 0; i < count; i++) {
            at = at.plusSeconds(3600L * (2 + random.nextInt(40)));
            if (at.isAfter(now)) {
                break;
            }
            boolean last = i == count - 1;
            boolean fromCouncil = i % 2 == 0 || (!open && last);
            comments.add(fromCouncil
                    ? new Comment(CommentSide.COUNCIL, council, team,
                            last && !open ? DemoActionTexts.closing(type, random) : DemoActionTexts.council(random), at)
                    : new Comment(CommentSide.PROVIDER, author, team, DemoActionTexts.provider(random), at));
        }
        return comments;
    }

    private Person person(String email) {
        return jdbc.first("SELECT id, display_name FROM app_user WHERE email = ?",
                row -> new Person(row.getLong(1), row.getString(2)), email).orElseThrow();
    }
}
