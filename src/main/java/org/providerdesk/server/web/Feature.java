package org.providerdesk.server.web;

import java.util.List;
import org.providerdesk.server.sync.ChangeSource;

/**
 * One feature of the server, wired the one way every feature is (DESIGN.md section 10): built from the
 * {@link ServerParts} (and the few shared things it truly needs, such as the mailer), it registers its routes
 * in the route table and names the change sources it adds to the sync feed. The rules live in its services,
 * the SQL in its repositories; the server only makes a list of features and registers them in turn.
 */
public interface Feature {

    /** Adds the feature's routes, each with the access it demands. */
    void register(RouteTable routes);

    /** The kinds this feature syncs to desktop clients; none by default. */
    default List<ChangeSource> changeSources() {
        return List.of();
    }
}
