package org.providerdesk.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDFs read back with PDFBox: names, figures, page count, A4, embedded fonts. */
class PdfReportsTest {

    private final Reports reports = new Reports(FixedClock.CLOCK);

    @Test
    void remittanceByFinalisationShowsCouncilProviderRunClientsSubtotalsAndTotals() throws IOException {
        try (PDDocument pdf = render(SampleReports.remittanceByFinalisation())) {
            String text = new PDFTextStripper().getText(pdf);
            assertAll(
                    () -> assertTrue(text.contains("Westbridge County Council"), text),
                    () -> assertTrue(text.contains("Remittance advice by finalisation")),
                    () -> assertTrue(text.contains("Rosewood Lodge Care Home (PRV-10231)")),
                    () -> assertTrue(text.contains("Payment run PR-2026-08 · finalised 20 Nov 2026 · payment date"
                            + " 26 Nov 2026 · Period 8 2026/27"), text),
                    () -> assertTrue(text.contains("Zoë Hartley (WCC-400117)"), text),
                    () -> assertTrue(text.contains("Siân Pryce-Evans")),
                    () -> assertTrue(text.contains("Patrick O'Brien")),
                    () -> assertTrue(text.contains("Subtotal paid to Patrick O'Brien £1,141.20"), text),
                    () -> assertTrue(text.contains("-£169.20")),
                    () -> assertTrue(text.contains("Suspended (not paid): £312.50"), text),
                    () -> assertTrue(text.contains("Totals (9 lines)")),
                    () -> assertTrue(text.contains("Paid £7,808.60"), text),
                    () -> assertTrue(text.contains("Retracted -£169.20"), text),
                    () -> assertTrue(text.contains("Net payment £7,639.40"), text),
                    () -> assertTrue(text.contains("Produced 1 Dec 2026 at 09:30"), text),
                    () -> assertTrue(Pattern.compile("Page 1 of\\s+1").matcher(text).find(), text),
                    () -> assertEquals(1, pdf.getNumberOfPages()));
        }
    }

    @Test
    void everyPageIsA4WithItsFontsEmbedded() throws IOException {
        try (PDDocument pdf = render(SampleReports.remittanceOf(300))) {
            assertTrue(pdf.getNumberOfPages() > 1);
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                assertEquals(595, Math.round(page.getMediaBox().getWidth()));
                assertEquals(842, Math.round(page.getMediaBox().getHeight()));
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    fonts.add(font.getName());
                }
            }
            assertTrue(fonts.stream().allMatch(f -> f.contains("DejaVu")), fonts.toString());
        }
    }

    @Test
    void remittanceByPeriodNamesThePeriodAndItsDays() throws IOException {
        try (PDDocument pdf = render(SampleReports.remittanceOf(20))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Remittance advice by period"), text);
            assertTrue(text.contains("Period 8 2026/27 (19 Oct 2026 to 15 Nov 2026) · by date of service"), text);
        }
    }

    @Test
    void aScheduleMarksItsNonPayableLinesAndTotalsThemApart() throws IOException {
        try (PDDocument pdf = render(SampleReports.schedule())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertAll(
                    () -> assertTrue(text.contains("Payment schedule")),
                    () -> assertTrue(text.contains("confirm by 20 Nov 2026"), text),
                    () -> assertTrue(text.contains("Unconfirmed")),
                    () -> assertEquals(2, text.split("▲ Non-payable \\(suspended\\)", -1).length - 1, text),
                    () -> assertTrue(text.contains("Subtotal payable for Dennis Okafor £1,642.20"), text),
                    () -> assertTrue(text.contains("Non-payable (suspended): £612.50"), text),
                    () -> assertTrue(text.contains("Payable (4 lines) £5,653.20"), text),
                    () -> assertTrue(text.contains("Non-payable, suspended (2 lines) £1,452.50"), text));
        }
    }

    @Test
    void carePackagesListEachClientsLineItemsWithTheContractedTotal() throws IOException {
        try (PDDocument pdf = render(SampleReports.carePackages())) {
            String text = new PDFTextStripper().getText(pdf);
            assertAll(
                    () -> assertTrue(text.contains("Care package line items")),
                    () -> assertTrue(text.contains("Line items as at 1 Dec 2026")),
                    () -> assertTrue(text.contains("Harold Finch, Jr")),
                    () -> assertTrue(text.contains("Ongoing")),
                    () -> assertTrue(text.contains("Contracted per period (4 lines) £3,330.60"), text));
        }
    }

    @Test
    void anEmptyPeriodStillGivesAOnePageAdviceSayingSo() throws IOException {
        try (PDDocument pdf = render(SampleReports.emptyPeriod())) {
            String text = new PDFTextStripper().getText(pdf);
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(text.contains("There are no remittance lines for you in this period."), text);
            assertTrue(text.contains("Totals (0 lines)"));
            assertTrue(text.contains("Net payment £0.00"), text);
        }
    }

    @Test
    void aFiveThousandLineRemittanceNumbersEveryPageAndTotalsAllLines() throws IOException {
        RemittanceAdviceReport report = SampleReports.remittanceOf(5_000);
        try (PDDocument pdf = render(report)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages > 50, "pages: " + pages);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pages);
            lastPage.setEndPage(pages);
            String text = lastPage.getText(pdf);
            assertTrue(Pattern.compile("Page " + pages + " of\\s+" + pages).matcher(text).find(), text);
            assertTrue(text.contains("Totals (5,000 lines)") || text.contains("Totals (5000 lines)"), text);
            String net = new java.text.DecimalFormat("£#,##0.00").format(report.netPayment());
            assertTrue(text.contains("Net payment " + net), net + " in " + text);
            PDFTextStripper secondPage = new PDFTextStripper();
            secondPage.setStartPage(2);
            secondPage.setEndPage(2);
            List<String> lines = List.of(secondPage.getText(pdf).split("\\R"));
            int columns = lines.indexOf("Service Period Payment run Status Reason Amount");
            assertTrue(columns > 0, "the column headings repeat on page 2: " + lines);
            assertTrue(lines.get(columns + 1).matches(".+ \\(WCC-\\d+\\)"),
                    "a client carried over to page 2 is named again at its top: " + lines.get(columns + 1));
        }
    }

    @Test
    void theTemplatesAreCompiledAtBuildTimeAndLoadedFromTheClasspath() throws Exception {
        for (String name : List.of("remittance", "schedule", "care-packages")) {
            assertNotNull(PdfWriter.class.getResource(name + ".jasper"), name + ".jasper is missing");
            assertNotNull(PdfWriter.template(name));
        }
    }

    private PDDocument render(ProviderReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.write(report, ReportFormat.PDF, out, ReportProgress.NONE);
        byte[] bytes = out.toByteArray();
        assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
        return Loader.loadPDF(bytes);
    }
}
