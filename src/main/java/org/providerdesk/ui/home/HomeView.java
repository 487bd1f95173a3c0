package org.providerdesk.ui.home;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.providerdesk.api.CouncilLink;
import org.providerdesk.api.NoticeView;
import org.providerdesk.api.TeamContact;
import org.providerdesk.ui.common.Forms;

/** The home page: notices on top, then the team directory beside the council's links. */
public final class HomeView {

    private final HomeViewModel model;
    private final Consumer<String> openLink;
    private final Node needsYou;

    /** @param openLink opens a web address in the user's browser */
    public HomeView(HomeViewModel model, Consumer<String> openLink) {
        this(model, openLink, null);
    }

    /** @param needsYou the "What needs you now" section, shown above the notices; may be null */
    public HomeView(HomeViewModel model, Consumer<String> openLink, Node needsYou) {
        this.model = model;
        this.openLink = openLink;
        this.needsYou = needsYou;
    }

    public Parent build() {
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(28, 28);
        loading.visibleProperty().bind(model.loading());
        loading.managedProperty().bind(loading.visibleProperty());
        Label error = Forms.collapsingLabel(model.error(), "form-message");
        error.setId("homeError");
        Label note = Forms.collapsingLabel(model.note(), "hint");
        note.setId("homeNote");

        VBox notices = section("Provider notices",
                "Planned downtime and news from the council. Take note of downtime: you cannot log in to the portal "
                        + "while it lasts.");
        VBox noticeList = new VBox(10);
        noticeList.setId("notices");
        notices.getChildren().add(noticeList);
        model.notices().addListener((ListChangeListener<NoticeView>) change -> fillNotices(noticeList));

        VBox contacts = section("Contact details", "Which team to contact, and what about, so your query reaches "
                + "the right people.");
        GridPane directory = directory();
        contacts.getChildren().add(directory);
        model.teams().addListener((ListChangeListener<TeamContact>) change -> fillDirectory(directory));

        VBox links = section("Manuals, guidance and other information", null);
        VBox linkList = new VBox(2);
        links.getChildren().add(linkList);
        model.links().addListener((ListChangeListener<CouncilLink>) change -> fillLinks(linkList));

        VBox page = new VBox(loading, error, note, notices, contacts, links);
        if (needsYou != null) {
            page.getChildren().add(3, needsYou);
        }
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    private static VBox section(String title, String caption) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        VBox section = new VBox(heading);
        section.getStyleClass().add("section");
        if (caption != null) {
            Label explain = new Label(caption);
            explain.setWrapText(true);
            explain.getStyleClass().add("section-caption");
            section.getChildren().add(explain);
        }
        return section;
    }

    private void fillNotices(VBox list) {
        list.getChildren().clear();
        if (model.notices().isEmpty()) {
            list.getChildren().add(new Label("There are no notices at the moment."));
        }
        for (NoticeView notice : model.notices()) {
            list.getChildren().add(noticeCard(notice));
        }
    }

    private Node noticeCard(NoticeView notice) {
        Label title = new Label(notice.title());
        title.getStyleClass().add("notice-title");
        title.setWrapText(true);
        Label when = new Label(model.periodOf(notice));
        when.getStyleClass().add("notice-when");
        Label body = new Label(notice.body());
        body.setWrapText(true);
        VBox card = new VBox(title, when, body);
        card.getStyleClass().addAll("notice", switch (model.levelOf(notice)) {
            case INFORMATION -> "notice-information";
            case DOWNTIME_PLANNED -> "notice-downtime-planned";
            case DOWNTIME_NOW -> "notice-downtime-now";
        });
        return card;
    }

    /**
     * The team's name and what to contact them about wrap; the e-mail address and phone number never do and are
     * never cut: that column is as wide as its longest address, the others share the rest.
     */
    private static GridPane directory() {
        GridPane grid = new GridPane();
        grid.setId("teamDirectory");
        grid.getStyleClass().add("directory");
        ColumnConstraints team = new ColumnConstraints();
        team.setHgrow(Priority.NEVER);
        team.setPrefWidth(210);
        team.setMinWidth(180); // "Commissioning and" fits on a line, so no word is broken
        ColumnConstraints contact = new ColumnConstraints();
        contact.setMinWidth(Region.USE_PREF_SIZE);
        contact.setHgrow(Priority.NEVER);
        ColumnConstraints about = new ColumnConstraints();
        about.setHgrow(Priority.ALWAYS);
        about.setMinWidth(160);
        grid.getColumnConstraints().addAll(team, contact, about);
        return grid;
    }

    private void fillDirectory(GridPane grid) {
        grid.getChildren().clear();
        grid.addRow(0, header("Team"), header("How to contact them"), header("Contact them about"));
        int row = 1;
        for (TeamContact team : model.teams()) {
            Label name = cell(team.name());
            name.getStyleClass().add("field-label");
            grid.addRow(row++, name, howToContact(team), cell(team.contactAbout()));
        }
    }

    /** The e-mail address opens the user's mail program; the phone number is shown as text. */
    private VBox howToContact(TeamContact team) {
        VBox contact = new VBox(0);
        contact.setMinWidth(Region.USE_PREF_SIZE);
        contact.getStyleClass().add("directory-cell");
        contact.setMaxHeight(Double.MAX_VALUE);
        if (team.email() != null) {
            Hyperlink email = new Hyperlink(team.email());
            email.setPadding(Insets.EMPTY);
            email.setMinWidth(Region.USE_PREF_SIZE);
            email.setTooltip(new Tooltip("Write to " + team.email()));
            email.setOnAction(e -> openLink.accept("mailto:" + team.email()));
            contact.getChildren().add(email);
        }
        if (team.phone() != null) {
            Label phone = new Label(team.phone());
            phone.setMinWidth(Region.USE_PREF_SIZE);
            contact.getChildren().add(phone);
        }
        return contact;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("directory-header");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Label cell(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("directory-cell");
        label.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        GridPane.setFillHeight(label, true);
        return label;
    }

    private void fillLinks(VBox list) {
        list.getChildren().clear();
        for (CouncilLink link : model.links()) {
            Hyperlink open = new Hyperlink(link.title());
            open.setWrapText(true);
            open.setOnAction(e -> openLink.accept(link.url()));
            Label description = new Label(link.description());
            description.setWrapText(true);
            description.getStyleClass().add("link-description");
            VBox.setMargin(open, new Insets(0));
            list.getChildren().addAll(open, description);
        }
    }
}
