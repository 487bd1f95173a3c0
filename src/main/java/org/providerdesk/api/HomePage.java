package org.providerdesk.api;

import java.util.List;

/** What the home page of one provider shows: notices, the team directory and the council's links. */
public record HomePage(ProviderSummary provider, String councilName, List<NoticeView> notices,
        List<TeamContact> teams, List<CouncilLink> links) {

    public HomePage {
        notices = List.copyOf(notices);
        teams = List.copyOf(teams);
        links = List.copyOf(links);
    }
}
