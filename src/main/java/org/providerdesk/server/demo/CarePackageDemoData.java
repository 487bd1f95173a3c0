package org.providerdesk.server.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Random;
import org.providerdesk.server.carepackages.CarePackageRepository;
import org.providerdesk.server.carepackages.CarePackageRepository.NewLineItem;
import org.providerdesk.server.db.Jdbc;

/** Invented clients and their care packages for the demo providers. */
final class CarePackageDemoData {

    private static final String[] FIRST = {"Margaret", "Arthur", "Joan", "Dennis", "Patricia", "Raymond", "Irene",
        "Kenneth", "Sylvia", "Geoffrey", "Brenda", "Harold", "Doreen", "Leonard", "Maureen", "Stanley", "Valerie",
        "Ronald", "Sheila", "Albert", "Eileen", "Clifford", "Pauline", "Norman", "Beryl", "Walter", "Edna", "Cyril"};
    private static final String[] LAST = {"Ashworth", "Barraclough", "Cartwright", "Dobson", "Eastwood", "Fairbairn",
        "Greenhalgh", "Hargreaves", "Ingham", "Jowett", "Kershaw", "Lumb", "Marsden", "Nuttall", "Ormerod",
        "Pickles", "Quarmby", "Riley", "Sutcliffe", "Thornton", "Uttley", "Varley", "Whiteley", "Yates"};
    private static final int CLIENTS_PER_PROVIDER = 18;
    private static final BigDecimal WEEKS_PER_PERIOD = BigDecimal.valueOf(4);

    private final CarePackageRepository carePackages;
    private final Random random;
    private final LocalDate today;
    private int nextReference = 100_001;

    CarePackageDemoData(Jdbc jdbc, Random random, LocalDate today) {
        this.carePackages = new CarePackageRepository(jdbc);
        this.random = random;
        this.today = today;
    }

    void populate(DemoProviders providers, DemoSize size) {
        residential(providers.rosewood(), CLIENTS_PER_PROVIDER, 1);
        if (size.isLarge()) {
            residential(providers.oakleafHouse(), size.largeProviderClients(), 3);
        } else {
            residential(providers.oakleafHouse(), CLIENTS_PER_PROVIDER, 1);
        }
        residential(providers.oakleafCourt(), CLIENTS_PER_PROVIDER, 1);
        homeCare(providers.oakleafHomeCare(), CLIENTS_PER_PROVIDER + 4);
        for (long other : providers.others()) {
            residential(other, 4, 1);
        }
    }

    /**
     * A respite stay that ended 29 days ago: one day past the 28 after which a line item is historical, so that
     * "Include historical" has an item just over the line to show. Fixed name and no random draws; added after the
     * actions and payments so that the rest of the demo data stays as it was.
     */
    void addEndedJustOverFourWeeksAgo(long providerId) {
        long client = carePackages.createClient("CL" + nextReference++, "Edith", "Carrow");
        LocalDate end = today.minusDays(29);
        BigDecimal nightly = BigDecimal.valueOf(128);
        carePackages.createLineItem(new NewLineItem(providerId, client, "Respite care", end.minusDays(13), end,
                BigDecimal.valueOf(7), "nights per week", nightly, "Weekly", nightly.multiply(BigDecimal.valueOf(14))));
    }

    /**
     * Care home residents: a long-stay placement each; every sixth client also had a respite stay; with several
     * line items per client, earlier placements ended (historical ones included).
     */
    private void residential(long providerId, int clients, int lineItemsPerClient) {
        for (int i = 0; i < clients; i++) {
            long client = newClient();
            boolean nursing = random.nextInt(3) == 0;
            BigDecimal weekly = BigDecimal.valueOf(nursing ? 1045 + random.nextInt(180) : 795 + random.nextInt(160));
            LocalDate start = today.minusDays(60 + random.nextInt(5 * 365));
            boolean ended = i % 9 == 4;
            LocalDate end = ended ? today.minusDays(random.nextInt(2) == 0 ? 10 : 45 + random.nextInt(200)) : null;
            if (end != null && end.isBefore(start)) {
                start = end.minusDays(90);
            }
            carePackages.createLineItem(new NewLineItem(providerId, client, nursing ? "Nursing care" : "Residential care",
                    start, end, BigDecimal.ONE, "weeks", weekly, "Weekly", weekly.multiply(WEEKS_PER_PERIOD)));
            for (int extra = 1; extra < lineItemsPerClient; extra++) {
                LocalDate earlierEnd = start.minusDays(1 + random.nextInt(20));
                LocalDate earlierStart = earlierEnd.minusDays(30 + random.nextInt(300));
                BigDecimal rate = BigDecimal.valueOf(690 + random.nextInt(120));
                carePackages.createLineItem(new NewLineItem(providerId, client, "Residential care", earlierStart,
                        earlierEnd, BigDecimal.ONE, "weeks", rate, "Weekly", rate.multiply(WEEKS_PER_PERIOD)));
                start = earlierStart;
            }
            if (i % 6 == 5) {
                BigDecimal nightly = BigDecimal.valueOf(128);
                LocalDate respite = today.minusDays(20 + random.nextInt(400));
                carePackages.createLineItem(new NewLineItem(providerId, client, "Respite care", respite,
                        respite.plusDays(13), BigDecimal.valueOf(7), "nights per week", nightly, "Weekly",
                        nightly.multiply(BigDecimal.valueOf(14))));
            }
        }
    }

    /** Home care: weekly hours of personal care at one hourly rate, contracted for 4 weeks a period. */
    private void homeCare(long providerId, int clients) {
        BigDecimal hourly = new BigDecimal("24.80");
        for (int i = 0; i < clients; i++) {
            long client = newClient();
            BigDecimal hours = BigDecimal.valueOf(5 + random.nextInt(17)).setScale(2, RoundingMode.UNNECESSARY);
            LocalDate start = today.minusDays(30 + random.nextInt(3 * 365));
            LocalDate end = i % 8 == 3 ? today.minusDays(5 + random.nextInt(120)) : null;
            if (end != null && end.isBefore(start)) {
                start = end.minusDays(60);
            }
            carePackages.createLineItem(new NewLineItem(providerId, client, "Home care - personal care", start, end,
                    hours, "hours per week", hourly, "Weekly", hours.multiply(hourly).multiply(WEEKS_PER_PERIOD)));
        }
    }

    private long newClient() {
        String reference = "CL" + nextReference++;
        return carePackages.createClient(reference, FIRST[random.nextInt(FIRST.length)],
                LAST[random.nextInt(LAST.length)]);
    }
}
