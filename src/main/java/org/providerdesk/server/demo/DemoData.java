package org.providerdesk.server.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.providerdesk.api.CouncilLink;
import org.providerdesk.domain.Notice;
import org.providerdesk.domain.ProviderKind;
import org.providerdesk.domain.Role;
import org.providerdesk.server.auth.PasswordHasher;
import org.providerdesk.server.auth.UserRepository;
import org.providerdesk.server.council.CouncilRepository;
import org.providerdesk.server.council.CouncilRepository.NewTeam;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.notices.NoticeRepository;
import org.providerdesk.server.providers.ProviderRepository;
import org.providerdesk.server.providers.ProviderRepository.NewProvider;

/** Fills an empty server database with the demo council. The same seed and size give the same data. */
public final class DemoData {

    public static final String COUNCIL_NAME = "Westbridge County Council";
    private static final String SITE = "https://www.westbridge-cc.example/providers/";

    private final Jdbc jdbc;
    private final CouncilRepository council;
    private final NoticeRepository notices;
    private final ProviderRepository providers;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final ZoneId zone;

    public DemoData(Jdbc jdbc, PasswordHasher hasher, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.council = new CouncilRepository(jdbc);
        this.notices = new NoticeRepository(jdbc);
        this.providers = new ProviderRepository(jdbc);
        this.users = new UserRepository(jdbc);
        this.hasher = hasher;
        this.clock = clock;
        this.zone = zone;
    }

    /** @return true when the database was empty and now holds the demo council */
    public boolean populateIfEmpty(DemoSize size, long seed) {
        if (jdbc.count("SELECT COUNT(*) FROM council") > 0) {
            return false;
        }
        String passwordHash = hasher.hash(DemoUsers.PASSWORD);
        jdbc.inTransaction(() -> {
            council.saveName(COUNCIL_NAME);
            addTeams();
            addLinks();
            addNotices();
            Random random = new Random(seed);
            DemoProviders providers = addProvidersAndUsers(passwordHash, addOtherProviders(size, random));
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
            CarePackageDemoData carePackages = new CarePackageDemoData(jdbc, random, today);
            carePackages.populate(providers, size);
            new ActionDemoData(jdbc, random, today, zone).populate(providers, size);
            new PaymentDemoData(jdbc, random, today).populate(providers, size);
            carePackages.addEndedJustOverFourWeeksAgo(providers.rosewood());
            return null;
        });
        return true;
    }

    private void addTeams() {
        List<NewTeam> teams = List.of(
                new NewTeam("SYSTEMS", "Provider Portal Systems Team", "portal.systems@westbridge-cc.example",
                        "01632 960 100", "Logging in, locked accounts, portal access for a new contact"),
                new NewTeam("ASC_SERVICE_AGREEMENT", "ASC Service Agreement Team",
                        "asc.agreements@westbridge-cc.example", "01632 960 214",
                        "Care package start or end dates, hospital admissions, a client who has died, "
                                + "contract queries"),
                new NewTeam("ASC_BROKERAGE", "ASC Brokerage Team", "asc.brokerage@westbridge-cc.example",
                        "01632 960 233", "Variations: extra hours or one-off crisis support over the package"),
                new NewTeam("NASC_PAYMENTS", "NASC Payments Team", "nasc.payments@westbridge-cc.example",
                        "01632 960 251", "Home care payments, actual hours and invoices, payment queries"),
                new NewTeam("RESIDENTIAL_PAYMENTS", "Residential Payments Team",
                        "residential.payments@westbridge-cc.example", "01632 960 262",
                        "Care home payment schedules and remittance advice"),
                new NewTeam("PROCUREMENT", "Commissioning and Procurement Team",
                        "procurement.adults@westbridge-cc.example", null,
                        "Disputes over uplifted rates, contract changes such as novation or a change of name"),
                new NewTeam("ACCOUNTS_PAYABLE", "Accounts Payable Service Centre",
                        "ap.servicecentre@westbridge-cc.example", "01632 960 299",
                        "When an invoice will be paid"));
        for (int i = 0; i < teams.size(); i++) {
            council.addTeam(teams.get(i), i);
        }
    }

    private void addLinks() {
        List<CouncilLink> links = List.of(
                new CouncilLink("Provider Portal user guide", SITE + "portal-guide",
                        "How to log in, raise actions, confirm schedules and read remittances"),
                new CouncilLink("Payment period schedule 2026/27", SITE + "payment-periods-2026-27",
                        "Start and end of each 4-weekly period and its confirmation deadline"),
                new CouncilLink("Remittances and service user statements", SITE + "remittance-guidance",
                        "Guidance on reading remittance advice"),
                new CouncilLink("Rate uplift criteria 2026/27", SITE + "rate-uplifts",
                        "How this year's uplifted rates were set"));
        for (int i = 0; i < links.size(); i++) {
            council.addLink(links.get(i), i);
        }
    }

    private void addNotices() {
        Instant now = clock.instant();
        LocalDate nextSaturday = LocalDate.ofInstant(now, zone).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        Instant downtimeStart = nextSaturday.atTime(LocalTime.of(18, 0)).atZone(zone).toInstant();
        Instant downtimeEnd = nextSaturday.plusDays(2).atTime(LocalTime.of(7, 0)).atZone(zone).toInstant();
        Instant published = now.minusSeconds(7 * 24 * 3600L);
        notices.create(new Notice(0, "Planned downtime: payments system upgrade",
                "The Provider Portal will be offline while the council upgrades its payments system. You will not "
                        + "be able to log in. Please do not submit invoices or confirm schedules during this time: "
                        + "changes made then may not be saved.", downtimeStart, downtimeEnd, true), published);
        notices.create(new Notice(0, "Residential payment information",
                "4-weekly payment schedules are available for checking on the Monday after the end of each "
                        + "invoicing cycle. Please confirm or reject them before the deadline in the payment "
                        + "period schedule.", published, null, false), published);
        notices.create(new Notice(0, "Rate uplifts 2026/27",
                "Uplifted rates for 2026/27 apply from period 1. Queries about uplifted rates go to the "
                        + "Commissioning and Procurement Team.", published, null, false), published);
    }

    private DemoProviders addProvidersAndUsers(String passwordHash, List<Long> others) {
        Instant now = clock.instant();
        long rosewood = providers.create(new NewProvider("Rosewood Lodge Care Home", ProviderKind.RESIDENTIAL,
                "PRV-10231", "14 Orchard Lane, Westbridge", "WB4 2QT", "01632 961 140",
                "office@rosewoodlodge.example"));
        long oakleafHouse = providers.create(new NewProvider("Oakleaf House", ProviderKind.RESIDENTIAL,
                "PRV-10488", "2 Mill Road, Hatherby", "WB9 7LP", "01632 961 305", "house@oakleafcare.example"));
        long oakleafCourt = providers.create(new NewProvider("Oakleaf Court Nursing Home",
                ProviderKind.RESIDENTIAL, "PRV-10489", "Court Farm Close, Hatherby", "WB9 7LR", "01632 961 306",
                "court@oakleafcare.example"));
        long oakleafHomeCare = providers.create(new NewProvider("Oakleaf Home Care", ProviderKind.HOME_CARE,
                "PRV-20117", "Unit 5, Station Yard, Westbridge", "WB1 3DF", "01632 961 307",
                "homecare@oakleafcare.example"));

        long helen = users.create(DemoUsers.SINGLE_HOME_MANAGER, "Helen Marsh", passwordHash, Role.PROVIDER, now);
        providers.grantAccess(helen, rosewood);
        providers.addContact(rosewood, helen, "Helen Marsh", "Registered manager", DemoUsers.SINGLE_HOME_MANAGER,
                "01632 961 141");
        providers.addContact(rosewood, null, "Tom Bexley", "Deputy manager", "tom.bexley@rosewoodlodge.example",
                "01632 961 142");

        long priya = users.create(DemoUsers.GROUP_ADMINISTRATOR, "Priya Shah", passwordHash, Role.PROVIDER, now);
        for (long provider : List.of(oakleafHouse, oakleafCourt, oakleafHomeCare)) {
            providers.grantAccess(priya, provider);
            providers.addContact(provider, priya, "Priya Shah", "Finance administrator",
                    DemoUsers.GROUP_ADMINISTRATOR, "01632 961 300");
        }
        providers.addContact(oakleafHomeCare, null, "Gareth Lyle", "Care coordinator",
                "gareth.lyle@oakleafcare.example", "01632 961 308");

        users.create(DemoUsers.COUNCIL_OFFICER, "Daniel Okafor", passwordHash, Role.COUNCIL, now);
        return new DemoProviders(rosewood, oakleafHouse, oakleafCourt, oakleafHomeCare, others);
    }

    private List<Long> addOtherProviders(DemoSize size, Random random) {
        List<Long> ids = new ArrayList<>();
        String[] first = {"Willow", "Beech", "Heather", "Meadow", "Harbour", "Kingfisher", "Linden", "Ashgrove",
            "Brook", "Hillside", "Elm", "Foxglove", "Primrose", "Chestnut", "Riverside", "Larkspur"};
        String[] residential = {"Care Home", "Nursing Home", "House", "Lodge", "Court"};
        String[] homeCare = {"Home Care", "Care at Home", "Homecare Services"};
        String[] towns = {"Westbridge", "Hatherby", "Kelmarsh", "Upton Vale", "Saltmere", "Dunford"};
        for (int i = 0; i < size.otherProviders(); i++) {
            boolean isHomeCare = random.nextInt(4) == 0;
            String base = first[random.nextInt(first.length)];
            String suffix = isHomeCare ? homeCare[random.nextInt(homeCare.length)]
                    : residential[random.nextInt(residential.length)];
            String town = towns[random.nextInt(towns.length)];
            String name = base + " " + suffix + (i >= first.length ? " " + town : "");
            ids.add(providers.create(new NewProvider(name,
                    isHomeCare ? ProviderKind.HOME_CARE : ProviderKind.RESIDENTIAL, "PRV-" + (30000 + i),
                    (random.nextInt(180) + 1) + " High Street, " + town,
                    "WB" + (random.nextInt(9) + 1) + " " + (random.nextInt(9) + 1) + "AA", null, null)));
        }
        return ids;
    }
}
