package org.providerdesk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import org.providerdesk.reports.ReportFormat;
import org.providerdesk.server.demo.DemoSize;
import org.providerdesk.server.web.ClientAddress;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How each option's value is read. A value that does not fit throws {@link TypeConversionException} with a
 * plain sentence, which picocli puts after "Invalid value for option '--NAME': ".
 */
final class Values {

    private Values() {
    }

    /** A TCP port: 0 (any free port) to 65535. */
    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return port(text, "'" + text + "' is not a port number from 0 to 65535");
        }
    }

    /** {@code https://portal.example.org}: what the desktop app talks to. */
    static final class PortalUrl implements ITypeConverter<String> {
        @Override
        public String convert(String text) {
            if (HttpUrl.parse(text) == null) {
                throw new TypeConversionException("'" + text + "' is not a web address such as "
                        + "https://portal.example.org");
            }
            return text;
        }
    }

    /** {@code mail.example.org:25}. */
    static final class HostAndPort implements ITypeConverter<String> {
        @Override
        public String convert(String text) {
            String wrong = "'" + text + "' is not HOST:PORT, such as mail.example.org:25";
            int colon = text.lastIndexOf(':');
            if (colon <= 0 || colon == text.length() - 1) {
                throw new TypeConversionException(wrong);
            }
            port(text.substring(colon + 1), wrong);
            return text;
        }
    }

    /** An IPv4 or IPv6 address literal (no name: a name would be looked up). */
    static final class IpAddress implements ITypeConverter<String> {
        @Override
        public String convert(String text) {
            try {
                ClientAddress.parseProxy(text);
                return text;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + text + "' is not an IP address, such as 10.0.0.5 or fd00::5");
            }
        }
    }

    /** {@code standard} or {@code large}. */
    static final class Size implements ITypeConverter<DemoSize> {
        @Override
        public DemoSize convert(String text) {
            return switch (text) {
                case "standard" -> DemoSize.STANDARD;
                case "large" -> DemoSize.LARGE;
                default -> throw new TypeConversionException("'" + text + "' is not standard or large");
            };
        }
    }

    /** The first line of a file, which is the database password; the file's name is the option's value. */
    static final class FirstLine implements ITypeConverter<String> {
        @Override
        public String convert(String file) {
            try {
                List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
                return lines.isEmpty() ? "" : lines.get(0);
            } catch (IOException | InvalidPathException e) {
                throw new TypeConversionException("cannot read " + file);
            }
        }
    }

    /** {@code remittance}, {@code schedule} or {@code care-packages}. */
    static final class ExportKind implements ITypeConverter<ExportRequest.Kind> {
        @Override
        public ExportRequest.Kind convert(String text) {
            return switch (text) {
                case "remittance" -> ExportRequest.Kind.REMITTANCE;
                case "schedule" -> ExportRequest.Kind.SCHEDULE;
                case "care-packages" -> ExportRequest.Kind.CARE_PACKAGES;
                default -> throw new TypeConversionException(
                        "'" + text + "' is not remittance, schedule or care-packages");
            };
        }
    }

    /** {@code pdf}, {@code xlsx} or {@code csv}, in any case. */
    static final class Format implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "pdf" -> ReportFormat.PDF;
                case "xlsx" -> ReportFormat.XLSX;
                case "csv" -> ReportFormat.CSV;
                default -> throw new TypeConversionException("'" + text + "' is not pdf, xlsx or csv");
            };
        }
    }

    /** A provider's number. */
    static final class Number implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + text + "' is not a number");
            }
        }
    }

    /** {@code N} (the latest financial year that has period N) or {@code YYYY-N} (2026-9: period 9 of 2026/27). */
    static final class PeriodNumber implements ITypeConverter<ExportRequest.Period> {
        @Override
        public ExportRequest.Period convert(String text) {
            String wrong = "'" + text + "' is not a period number from 1 to 13, or YYYY-N such as 2026-9";
            int dash = text.indexOf('-');
            if (dash == 0) {
                throw new TypeConversionException(wrong);
            }
            try {
                Integer year = dash > 0 ? Integer.valueOf(text.substring(0, dash).strip()) : null;
                int number = Integer.parseInt(text.substring(dash + 1).strip());
                if (number < 1 || number > 13) {
                    throw new TypeConversionException(wrong);
                }
                return new ExportRequest.Period(year, number);
            } catch (NumberFormatException e) {
                throw new TypeConversionException(wrong);
            }
        }
    }

    private static int port(String text, String wrong) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new TypeConversionException(wrong);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new TypeConversionException(wrong);
        }
    }
}
