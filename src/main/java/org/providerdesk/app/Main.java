package org.providerdesk.app;

/** Entry point. Not a JavaFX Application, so the desktop app also starts from a plain class path. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (ExportRequest.wanted(args)) {
            LogFolder.useAppDataFolder();
            System.exit(ExportMode.run(args, System.in, System.out, System.err, new org.providerdesk.client.cache
                    .SavedData(org.providerdesk.client.AppDataFolder.resolve(), new org.providerdesk.client.cache
                    .CacheKey(org.providerdesk.client.cache.CacheKey.DEFAULT_ITERATIONS)),
                    java.time.Clock.systemDefaultZone()));
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.InvalidOptions e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(Options.USAGE);
            return;
        }
        if (options.version()) {
            System.out.println("Provider Desk " + AppVersion.current());
            return;
        }
        if (options.selfTest()) {
            System.exit(new SelfTest(System.out).run());
            return;
        }
        if (!options.serverMode()) {
            LogFolder.useAppDataFolder();
        }
        if (options.serverMode()) {
            ServerMode.run(options);
        } else {
            DesktopMode.run(options);
        }
    }
}
