package org.providerdesk.ui.remittances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.PaymentRunView;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.UserInfo;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.session.DeskSession;
import org.providerdesk.client.sync.SyncEngine;
import org.providerdesk.reports.Reports;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;
import org.providerdesk.ui.DeskWindow;
import org.providerdesk.ui.common.RecordingDialogs;
import org.providerdesk.ui.common.When;
import org.providerdesk.ui.common.WorkerTaskRunner;
import org.providerdesk.ui.export.ExportViewModel;
import org.providerdesk.ui.export.LastFolder;
import org.providerdesk.ui.shell.Navigator;
import org.providerdesk.ui.shell.Page;
import org.providerdesk.ui.shell.ProviderScope;
import org.providerdesk.ui.shell.ShellView;
import org.providerdesk.ui.shell.ShellViewModel;
import org.providerdesk.ui.shell.StatusBarModel;
import org.providerdesk.ui.testing.ScreenshotStage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The page in the real shell over a cache synced from the real server: both views start at the most recent, the
 * two agree on a year's total, and Download Data writes a workbook that opens, through a fake dialog service.
 */
@ExtendWith(ApplicationExtension.class)
class RemittanceAdvicePageTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    static Path home;
    private static TestServer server;
    private static LocalCache cache;
    private static PortalClient client;
    private static UserInfo user;
    private WorkerTaskRunner runner;
    private RemittanceScreen screen;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Path> viewed = new ArrayList<>();

    /** The server, login and sync happen here, off the JavaFX thread, so the window's setup is quick. */
    @BeforeAll
    static void syncTheDemoProvider() {
        server = TestServer.start();
        client = server.newClient();
        var session = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER);
        user = session.user();
        cache = LocalCache.open(home.resolve("cache"), DemoUsers.PASSWORD.toCharArray(), new CacheKey(1_000));
        new SyncEngine(client, cache, Clock.systemUTC(), 300, ApplyFaults.NONE).sync(user.providers().get(0).id(),
                s -> { });
    }

    @AfterAll
    static void stopTheServer() {
        cache.close();
        server.close();
    }

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ProviderSummary rosewood = user.providers().get(0);
        runner = WorkerTaskRunner.forJavaFx();
        ShellViewModel shell = new ShellViewModel(user, rosewood, client, runner, () -> { });
        StatusBarModel status = new StatusBarModel(new When(LONDON), "test portal");
        DeskWindow.useTheme();
        Navigator navigator = new Navigator();
        Label homePage = new Label("Home page");
        Page homeStandIn = new Page() {
            @Override public String title() { return "Home"; }
            @Override public String navigationId() { return "navHome"; }
            @Override public Node view() { return homePage; }
        };
        ProviderScope scope = new ProviderScope(DeskSession.offline(cache, server.clock()), client,
                shell.currentProvider(), runner, server.clock(), new When(LONDON), dialogs, navigator, url -> { },
                () -> { });
        screen = new RemittanceScreen(scope, new ExportViewModel.Services(new Reports(server.clock()), runner,
                dialogs, viewed::add, new LastFolder(home.resolve("settings.txt")), home.resolve("view")));
        navigator.setPages(List.of(homeStandIn, screen));
        navigator.providerChanged(rosewood);
        Scene scene = new Scene(new ShellView(shell, status, navigator).build(), 1280, 760);
        DeskWindow.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.waitForFxEvents();
        runner.close();
    }

    @Test
    void bothViewsStartAtTheMostRecentAgreeOnAYearAndDownloadDataWritesAWorkbook(FxRobot robot) throws Exception {
        robot.clickOn("#navRemittances");
        waitUntil(() -> !screen.model().loading().get() && !table(robot).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<PaymentRunView> runs = robot.lookup("#remittanceRun").queryAs(ComboBox.class);
        PaymentRunView newest = runs.getItems().stream().max(Comparator.comparing(PaymentRunView::finalisedOn))
                .orElseThrow();
        assertEquals(newest.id(), runs.getValue().id());
        shoot(robot, "remittances-finalisation", 1366, 768);
        shoot(robot, "remittances-finalisation", 1024, 640);

        robot.clickOn("#remittanceFilter").write("2025/26");
        BigDecimal byRuns = BigDecimal.ZERO;
        for (PaymentRunView run : List.copyOf(runs.getItems())) {
            robot.interact(() -> runs.setValue(run));
            waitUntil(() -> !screen.model().loading().get());
            byRuns = byRuns.add(shownNet(robot));
        }
        robot.interact(() -> robot.lookup("#remittanceFilter").queryAs(javafx.scene.control.TextField.class)
                .clear());

        robot.clickOn("#remittanceByPeriod");
        waitUntil(() -> !screen.model().loading().get());
        @SuppressWarnings("unchecked")
        ComboBox<PeriodView> periods = robot.lookup("#remittancePeriod").queryAs(ComboBox.class);
        assertTrue(periods.isVisible());
        PeriodView latest = periods.getItems().stream().max(Comparator.comparing(PeriodView::startDate))
                .orElseThrow();
        assertEquals(latest.id(), periods.getValue().id());
        BigDecimal byPeriods = BigDecimal.ZERO;
        for (PeriodView period : List.copyOf(periods.getItems())) {
            if (period.financialYear() == 2025) {
                robot.interact(() -> periods.setValue(period));
                waitUntil(() -> !screen.model().loading().get());
                byPeriods = byPeriods.add(shownNet(robot));
            }
        }
        assertTrue(byRuns.signum() > 0);
        assertEquals(0, byRuns.compareTo(byPeriods), byRuns + " by finalisation, " + byPeriods + " by period");

        robot.interact(() -> periods.setValue(latest));
        waitUntil(() -> !screen.model().loading().get());
        shoot(robot, "remittances-period", 1366, 768);
        shoot(robot, "remittances-period", 1024, 640);
        waitUntil(() -> !screen.model().loading().get());
        Path file = Files.createDirectories(home.resolve("downloads")).resolve("period.xlsx");
        dialogs.choosing(file);
        robot.clickOn("#remittanceDownload");
        waitUntil(() -> Files.exists(file) && !robot.lookup("#remittanceCancel").query().isVisible());
        assertTrue(dialogs.saveRequests().get(0).suggestedName().startsWith("Remittance Period "
                + latest.number() + " " + latest.financialYearLabel().replace('/', '-')),
                dialogs.saveRequests().get(0).suggestedName());
        String firstClient = table(robot).getItems().stream().map(r -> r.line()).sorted(
                Comparator.comparing(l -> l.id())).findFirst().orElseThrow().clientName();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            boolean found = false;
            for (int row = 4; row <= sheet.getLastRowNum(); row++) {
                found |= sheet.getRow(row) != null && firstClient.equals(sheet.getRow(row).getCell(1)
                        .getStringCellValue());
            }
            assertTrue(found, "the workbook lists " + firstClient);
        }
        assertTrue(robot.lookup("#remittanceExportMessage").queryAs(Label.class).getText().startsWith("Saved "));
        waitUntil(() -> robot.lookup("#remittanceDownload").query().isFocused());
    }

    @SuppressWarnings("unchecked")
    private static TableView<RemittanceRow> table(FxRobot robot) {
        return robot.lookup("#remittanceLines").queryAs(TableView.class);
    }

    private static BigDecimal shownNet(FxRobot robot) throws Exception {
        DecimalFormat pounds = (DecimalFormat) NumberFormat.getCurrencyInstance(Locale.UK);
        pounds.setParseBigDecimal(true);
        return (BigDecimal) pounds.parse(robot.lookup("#remittanceNet").queryAs(Label.class).getText());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A picture for people to look at (-Dshots=folder; target/shots otherwise); the window's size is put back. */
    private void shoot(FxRobot robot, String name, int width, int height) throws Exception {
        double[] was = new double[2];
        robot.interact(() -> {
            was[0] = stage.getWidth();
            was[1] = stage.getHeight();
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ScreenshotStage.write(robot, stage, name + "-" + width);
        robot.interact(() -> {
            stage.setWidth(was[0]);
            stage.setHeight(was[1]);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
