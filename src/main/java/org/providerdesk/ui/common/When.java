package org.providerdesk.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.providerdesk.api.NoticeView;

/** Dates and times as people in the UK write them: "18:00 on Saturday 28 November". */
public final class When {

    private static final DateTimeFormatter TIME_AND_DAY =
            DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final ZoneId zone;

    public When(ZoneId zone) {
        this.zone = zone;
    }

    public String timeAndDay(Instant instant) {
        return TIME_AND_DAY.format(instant.atZone(zone));
    }

    public String day(Instant instant) {
        return DAY.format(instant.atZone(zone));
    }

    public String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** When a notice applies, in a phrase: "From 18:00 on Saturday 28 November to 07:00 on Monday 30 November". */
    public String noticePeriod(NoticeView notice, Instant now) {
        if (notice.inForce()) {
            return notice.endsAt() == null ? "Since " + day(notice.startsAt())
                    : "Now, until " + timeAndDay(notice.endsAt());
        }
        if (notice.startsAt().isAfter(now)) {
            return notice.endsAt() == null ? "From " + timeAndDay(notice.startsAt())
                    : "From " + timeAndDay(notice.startsAt()) + " to " + timeAndDay(notice.endsAt());
        }
        return "Published " + day(notice.startsAt());
    }
}
