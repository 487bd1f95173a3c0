package org.providerdesk.app;

/** Entry point. Not a JavaFX Application, so the desktop app also starts from a plain class path. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // AWT only measures and draws the reports' text, off-screen; every window is JavaFX's. Headless, AWT
        // never opens a display connection of its own, and needs none of Swing (which the installers leave out).
        System.setProperty("java.awt.headless", "true");
        Options options;
        try {
            options = args.length == 0 ? Options.withoutArguments(System.getenv()) : Options.parse(args);
        } catch (Options.InvalidOptions e) {
            System.err.println(e.getMessage());
            System.err.println("provider-desk --help lists every option.");
            System.exit(ExportMode.USAGE);
            return;
        }
        if (options.help()) {
            System.out.print(Options.usage());
            return;
        }
        if (options.version()) {
            System.out.println("Provider Desk " + AppVersion.current());
            return;
        }
        if (options.export() != null) {
            LogFolder.useAppDataFolder();
            System.exit(ExportMode.run(options.export(), System.in, System.out, System.err,
                    new org.providerdesk.client.cache.SavedData(org.providerdesk.client.AppDataFolder.resolve(),
                            new org.providerdesk.client.cache.CacheKey(
                                    org.providerdesk.client.cache.CacheKey.DEFAULT_ITERATIONS)),
                    java.time.Clock.systemDefaultZone()));
            return;
        }
        if (options.selfTest()) {
            System.exit(new SelfTest(System.out).run());
            return;
        }
        if (options.serverMode()) {
            ServerMode.run(options);
        } else {
            LogFolder.useAppDataFolder();
            DesktopMode.run(options);
        }
    }
}
