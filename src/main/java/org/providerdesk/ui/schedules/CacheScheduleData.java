package org.providerdesk.ui.schedules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.client.commands.Commands;
import org.providerdesk.client.commands.DeskCommand;
import org.providerdesk.client.data.Listed;
import org.providerdesk.client.data.Periods;
import org.providerdesk.client.data.Remittances;
import org.providerdesk.client.data.ScheduleLines;
import org.providerdesk.client.data.Schedules;
import org.providerdesk.client.session.DeskSession;

/** {@link ScheduleData} from the signed-in session's cache and outbox. */
public final class CacheScheduleData implements ScheduleData {

    private static final ObjectMapper JSON = JsonMapping.lenient();

    private final DeskSession session;
    private final Clock clock;
    private final Periods periods;
    private final Schedules schedules;
    private final ScheduleLines lines;
    private final Remittances remittances;

    public CacheScheduleData(DeskSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
        this.periods = new Periods(session.cache());
        this.schedules = new Schedules(session.cache());
        this.lines = new ScheduleLines(session.cache());
        this.remittances = new Remittances(session.cache());
    }

    @Override
    public List<Integer> years(long providerId) {
        return periods.years(providerId);
    }

    @Override
    public List<PeriodView> periods(long providerId, int financialYear) {
        return periods.ofYear(providerId, financialYear);
    }

    @Override
    public List<Listed<ScheduleSummary>> schedules(long providerId, int financialYear) {
        return schedules.ofYear(providerId, financialYear);
    }

    @Override
    public List<ScheduleLineView> lines(long providerId, long periodId) {
        return lines.ofPeriod(providerId, periodId);
    }

    @Override
    public Optional<String> etag(long providerId, long scheduleId) {
        return schedules.etag(providerId, scheduleId);
    }

    @Override
    public boolean paid(long providerId, long periodId) {
        return remittances.paid(providerId, periodId);
    }

    @Override
    public Optional<Refusal> refusal(long outboxId) {
        Optional<Outbox.Item> item = session.outbox().find(outboxId)
                .filter(found -> found.state() == Outbox.State.REFUSED);
        return item.map(found -> {
            int status = 0;
            String reason = "The portal did not say why.";
            try {
                JsonNode problem = found.refusal() == null ? null : JSON.readTree(found.refusal());
                if (problem != null) {
                    status = problem.path("status").asInt();
                    reason = problem.path("detail").asText(problem.path("title").asText(reason));
                }
            } catch (IOException unreadable) {
                // keep the general words
            }
            return new Refusal(Commands.read(found), status, reason);
        });
    }

    @Override
    public void submit(DeskCommand command) {
        session.commands().submit(command, clock.instant());
        session.syncNow();
    }

    @Override
    public void resend(long outboxId, DeskCommand changed) {
        session.commands().editAndResend(outboxId, changed, clock.instant());
        session.syncNow();
    }
}
