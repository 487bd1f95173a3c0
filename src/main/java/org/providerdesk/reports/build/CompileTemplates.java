package org.providerdesk.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * The build step that turns every {@code .jrxml} under a folder into a {@code .jasper} beside it, with
 * JasperReports' own compiler. Maven runs it in {@code process-classes} on {@code target/classes}, so the app
 * only ever loads compiled templates and never compiles one at run time.
 */
public final class CompileTemplates {

    private CompileTemplates() {
    }

    /** @param args the folder to search (normally {@code target/classes}) */
    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: CompileTemplates <classes folder>");
        }
        Path root = Path.of(args[0]);
        List<Path> templates;
        try (Stream<Path> files = Files.walk(root)) {
            templates = files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String name = template.getFileName().toString();
            Path compiled = template.resolveSibling(name.substring(0, name.length() - ".jrxml".length()) + ".jasper");
            if (Files.exists(compiled) && Files.getLastModifiedTime(compiled).compareTo(
                    Files.getLastModifiedTime(template)) >= 0) {
                continue;
            }
            JasperCompileManager.compileReportToFile(template.toString(), compiled.toString());
            System.out.println("Compiled " + root.relativize(compiled));
        }
    }
}
