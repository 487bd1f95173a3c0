package org.providerdesk.ui.providers;

import atlantafx.base.theme.Styles;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.ui.common.Forms;

/** "Select a provider": one large button per care home or agency. */
public final class ProviderChoiceView {

    private final ProviderChoiceViewModel model;

    public ProviderChoiceView(ProviderChoiceViewModel model) {
        this.model = model;
    }

    public Parent build() {
        Label brand = new Label("Provider Desk");
        brand.getStyleClass().add("brand");
        Label greeting = new Label(model.greeting());
        greeting.getStyleClass().add(Styles.TITLE_3);
        Label explain = new Label("You have access to more than one service. Select the provider you wish to view. "
                + "Everything you see will be for that provider; you can change it at any time from the top right.");
        Forms.wrapping(explain);
        explain.getStyleClass().add(Styles.TEXT_MUTED);

        VBox choices = new VBox(8);
        for (ProviderSummary provider : model.providers()) {
            choices.getChildren().add(choiceButton(provider));
        }
        VBox card = new VBox(12, brand, greeting, explain, choices);
        if (model.canLogOut()) {
            Button logOut = new Button("Log out");
            logOut.setId("choiceLogOut");
            logOut.getStyleClass().add(Styles.BUTTON_OUTLINED);
            logOut.setOnAction(e -> model.logOut());
            card.getChildren().add(logOut);
        }
        card.getStyleClass().add("login-card");
        return Forms.centredCard(card, 520);
    }

    private Button choiceButton(ProviderSummary provider) {
        Label name = Forms.wrapping(new Label(provider.name()));
        // The button's least height is worked out at the name's least width: left at a letter's width, a wrapping
        // name asked for a line per letter and every button grew hundreds of pixels tall.
        name.setMinWidth(Math.min(300, name.prefWidth(-1)));
        name.getStyleClass().add("provider-choice-name");
        Label detail = new Label(provider.kind().label() + " · council reference " + provider.councilReference());
        detail.getStyleClass().add("provider-choice-detail");
        Button button = new Button();
        button.setGraphic(new VBox(2, name, detail));
        button.getStyleClass().addAll("provider-choice", Styles.BUTTON_OUTLINED);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAccessibleText(provider.name());
        button.setOnAction(e -> model.choose(provider));
        return button;
    }
}
