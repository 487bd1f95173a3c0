package org.providerdesk.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.providerdesk.domain.LineStatus;
import org.providerdesk.domain.RemittanceStatus;

/**
 * Fills the compiled templates ({@code .jasper} files made at build time from the {@code .jrxml} beside them)
 * and exports A4 PDFs with the DejaVu fonts of jasperreports-fonts embedded. Lines are sorted by client so the
 * template's per-client groups hold each client once.
 */
final class PdfWriter {

    private static final Map<String, JasperReport> TEMPLATES = new ConcurrentHashMap<>();
    private static final Comparator<String> BY_TEXT = Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER);

    private PdfWriter() {
    }

    static void write(ProviderReport report, String producedAt, OutputStream out, ReportProgress progress)
            throws IOException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("CouncilName", report.header().councilName());
        parameters.put("ProviderLine", report.header().providerLine());
        parameters.put("ReportTitle", ReportTexts.title(report));
        parameters.put("ScopeLine", ReportTexts.scope(report));
        parameters.put("ProducedAt", producedAt);
        parameters.put("EmptyMessage", ReportTexts.emptyMessage(report));
        parameters.put("LineCount", report.lineCount());
        try {
            JasperPrint print;
            if (report instanceof RemittanceAdviceReport r) {
                print = remittance(r, parameters, progress);
            } else if (report instanceof ScheduleReport s) {
                print = schedule(s, parameters, progress);
            } else {
                print = carePackages((CarePackagesReport) report, parameters, progress);
            }
            export(print, report, out);
        } catch (JRException e) {
            throw new IOException("Could not produce the PDF: " + e.getMessage(), e);
        }
        progress.update(report.lineCount(), report.lineCount());
    }

    private static JasperPrint remittance(RemittanceAdviceReport report, Map<String, Object> parameters,
            ReportProgress progress) throws JRException {
        parameters.put("TotalPaid", report.total(RemittanceStatus.PAID));
        parameters.put("TotalRetracted", report.total(RemittanceStatus.RETRACTED));
        parameters.put("TotalSuspended", report.total(RemittanceStatus.SUSPENDED));
        parameters.put("NetPayment", report.netPayment());
        Map<String, Function<RemittanceAdviceReport.Line, Object>> fields = new LinkedHashMap<>();
        fields.put("clientReference", RemittanceAdviceReport.Line::clientReference);
        fields.put("clientName", RemittanceAdviceReport.Line::clientName);
        fields.put("service", RemittanceAdviceReport.Line::service);
        fields.put("periodLabel", RemittanceAdviceReport.Line::periodLabel);
        fields.put("runReference", RemittanceAdviceReport.Line::runReference);
        fields.put("status", line -> ReportTexts.status(line.status()));
        fields.put("reason", RemittanceAdviceReport.Line::reason);
        fields.put("amount", RemittanceAdviceReport.Line::amount);
        fields.put("countedAmount", line -> line.status() == RemittanceStatus.SUSPENDED ? BigDecimal.ZERO
                : line.amount());
        fields.put("heldAmount", line -> line.status() == RemittanceStatus.SUSPENDED ? line.amount()
                : BigDecimal.ZERO);
        List<RemittanceAdviceReport.Line> lines = report.lines().stream()
                .sorted(Comparator.comparing(RemittanceAdviceReport.Line::clientName, BY_TEXT)
                        .thenComparing(RemittanceAdviceReport.Line::clientReference, BY_TEXT))
                .toList();
        return fill("remittance", parameters, new LinesDataSource<>(lines, fields, progress));
    }

    private static JasperPrint schedule(ScheduleReport report, Map<String, Object> parameters,
            ReportProgress progress) throws JRException {
        parameters.put("TotalPayable", report.total(LineStatus.PAYABLE));
        parameters.put("TotalNonPayable", report.total(LineStatus.SUSPENDED));
        parameters.put("PayableCount", report.payableLines().size());
        parameters.put("NonPayableCount", report.nonPayableLines().size());
        Map<String, Function<ScheduleReport.Line, Object>> fields = new LinkedHashMap<>();
        fields.put("clientReference", ScheduleReport.Line::clientReference);
        fields.put("clientName", ScheduleReport.Line::clientName);
        fields.put("service", ScheduleReport.Line::service);
        fields.put("units", ScheduleReport.Line::units);
        fields.put("unitRate", ScheduleReport.Line::unitRate);
        fields.put("amount", ScheduleReport.Line::amount);
        fields.put("contractedProvision", ScheduleReport.Line::contractedProvision);
        fields.put("status", line -> ReportTexts.status(line.status()));
        fields.put("nonPayable", Tables::nonPayable);
        fields.put("payableAmount", line -> Tables.nonPayable(line) ? BigDecimal.ZERO : line.amount());
        fields.put("nonPayableAmount", line -> Tables.nonPayable(line) ? line.amount() : BigDecimal.ZERO);
        List<ScheduleReport.Line> lines = report.lines().stream()
                .sorted(Comparator.comparing(ScheduleReport.Line::clientName, BY_TEXT)
                        .thenComparing(ScheduleReport.Line::clientReference, BY_TEXT)
                        .thenComparing(ScheduleReport.Line::status))
                .toList();
        return fill("schedule", parameters, new LinesDataSource<>(lines, fields, progress));
    }

    private static JasperPrint carePackages(CarePackagesReport report, Map<String, Object> parameters,
            ReportProgress progress) throws JRException {
        parameters.put("TotalContracted", report.totalContractedPerPeriod());
        Map<String, Function<CarePackagesReport.Line, Object>> fields = new LinkedHashMap<>();
        fields.put("clientReference", CarePackagesReport.Line::clientReference);
        fields.put("clientName", CarePackagesReport.Line::clientName);
        fields.put("service", CarePackagesReport.Line::service);
        fields.put("startDate", line -> ReportTexts.day(line.startDate()));
        fields.put("endDate", line -> line.endDate() == null ? "Ongoing" : ReportTexts.day(line.endDate()));
        fields.put("units", CarePackagesReport.Line::units);
        fields.put("unit", CarePackagesReport.Line::unit);
        fields.put("unitRate", CarePackagesReport.Line::unitRate);
        fields.put("frequency", CarePackagesReport.Line::frequency);
        fields.put("contractedPerPeriod", CarePackagesReport.Line::contractedPerPeriod);
        List<CarePackagesReport.Line> lines = report.lines().stream()
                .sorted(Comparator.comparing(CarePackagesReport.Line::clientName, BY_TEXT)
                        .thenComparing(CarePackagesReport.Line::clientReference, BY_TEXT)
                        .thenComparing(CarePackagesReport.Line::startDate))
                .toList();
        return fill("care-packages", parameters, new LinesDataSource<>(lines, fields, progress));
    }

    private static JasperPrint fill(String template, Map<String, Object> parameters, LinesDataSource<?> lines)
            throws JRException {
        return JasperFillManager.fillReport(template(template), parameters, lines);
    }

    /** The compiled template, loaded from the classpath once per run of the app. */
    static JasperReport template(String name) throws JRException {
        JasperReport loaded = TEMPLATES.get(name);
        if (loaded != null) {
            return loaded;
        }
        String resource = name + ".jasper";
        try (InputStream in = PdfWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new JRException("The compiled template " + resource + " is missing: the build compiles the"
                        + " .jrxml files in process-classes (mvn compile)");
            }
            JasperReport report = (JasperReport) JRLoader.loadObject(in);
            TEMPLATES.putIfAbsent(name, report);
            return report;
        } catch (IOException e) {
            throw new JRException("Could not read " + resource, e);
        }
    }

    private static void export(JasperPrint print, ProviderReport report, OutputStream out) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(ReportTexts.title(report) + " · " + report.header().providerName());
        configuration.setMetadataAuthor(report.header().councilName());
        configuration.setMetadataCreator("Provider Desk");
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }
}
