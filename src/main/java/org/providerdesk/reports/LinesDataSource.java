package org.providerdesk.reports;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/** Hands a report's lines to JasperReports, each template field read by a function of the line. */
final class LinesDataSource<T> implements JRDataSource {

    private static final int PROGRESS_EVERY = 500;

    private final Iterator<T> lines;
    private final Map<String, Function<T, Object>> fields;
    private final ReportProgress progress;
    private final long total;
    private long done;
    private T current;

    LinesDataSource(List<T> lines, Map<String, Function<T, Object>> fields, ReportProgress progress) {
        this.lines = lines.iterator();
        this.fields = fields;
        this.progress = progress;
        this.total = lines.size();
    }

    @Override
    public boolean next() {
        if (++done % PROGRESS_EVERY == 0) {
            Exports.checkNotCancelled();
            progress.update(done, total);
        }
        current = lines.hasNext() ? lines.next() : null;
        return current != null;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Function<T, Object> read = fields.get(field.getName());
        if (read == null) {
            throw new JRException("The template asks for a field the report does not have: " + field.getName());
        }
        return read.apply(current);
    }
}
