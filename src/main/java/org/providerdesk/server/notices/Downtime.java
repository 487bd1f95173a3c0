package org.providerdesk.server.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.providerdesk.api.Problem;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.domain.Notice;
import org.providerdesk.server.web.ApiException;

/**
 * What a downtime notice in force blocks: logging in, and providers' changes ("the system shouldn't be used
 * otherwise any changes made may not be saved"). The refusal is a 503 with the notice's own words, its end and
 * a Retry-After, so the desktop keeps the change and sends it afterwards.
 */
public final class Downtime {

    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy", Locale.UK);

    private final NoticeRepository notices;
    private final Clock clock;
    private final ZoneId councilZone;

    public Downtime(NoticeRepository notices, Clock clock, ZoneId councilZone) {
        this.notices = notices;
        this.clock = clock;
        this.councilZone = councilZone;
    }

    /** @param blocked what cannot be done, as the end of a sentence: "Login is blocked" */
    public Optional<ApiException> refusal(String blocked) {
        Instant now = clock.instant();
        Optional<Notice> downtime = notices.downtimeInForce(now);
        if (downtime.isEmpty()) {
            return Optional.empty();
        }
        Notice notice = downtime.get();
        String until = notice.endsAt() == null
                ? "until the council ends it"
                : "until " + UNTIL.format(notice.endsAt().atZone(councilZone));
        Long retryAfter = notice.endsAt() == null ? null
                : Math.max(1, Duration.between(now, notice.endsAt()).toSeconds());
        return Optional.of(new ApiException(new Problem(ProblemTypes.DOWNTIME, notice.title(), 503,
                notice.body() + " " + blocked + " " + until + ".", Map.of()), retryAfter));
    }
}
