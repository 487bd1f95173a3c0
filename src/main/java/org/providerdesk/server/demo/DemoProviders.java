package org.providerdesk.server.demo;

import java.util.List;

/**
 * The ids of the demo providers, for the demo data of each feature.
 *
 * @param rosewood        Helen's care home (one-provider user)
 * @param oakleafHouse    Priya's care home; the "large provider" when the size is LARGE
 * @param oakleafCourt    Priya's nursing home
 * @param oakleafHomeCare Priya's home-care agency
 * @param others          providers no demo user can see
 */
public record DemoProviders(long rosewood, long oakleafHouse, long oakleafCourt, long oakleafHomeCare,
        List<Long> others) {

    public DemoProviders {
        others = List.copyOf(others);
    }

    /** The providers demo users can see, with data worth looking at. */
    public List<Long> demoUsersProviders() {
        return List.of(rosewood, oakleafHouse, oakleafCourt, oakleafHomeCare);
    }
}
