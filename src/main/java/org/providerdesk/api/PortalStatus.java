package org.providerdesk.api;

import java.util.List;

/** Public facts for the login screen: whose portal this is and any downtime that blocks login now. */
public record PortalStatus(String councilName, List<NoticeView> downtimeNotices, boolean demoMailbox) {

    public PortalStatus {
        downtimeNotices = List.copyOf(downtimeNotices);
    }
}
