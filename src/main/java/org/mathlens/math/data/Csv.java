package org.mathlens.math.data;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV file of numbers for a pane: commas (or semicolons or tabs), an optional header
 * row (detected: a first row with words above rows of numbers), and at most one column of
 * words, read as class labels. Every problem is one sentence with the file and line; the
 * file's size is bounded before anything is read, so a huge file or a link to a device
 * cannot freeze the window.
 */
public final class Csv {
    public static final long MAX_BYTES = 16L << 20;
    public static final int MAX_ROWS = 100_000;
    public static final int MAX_COLUMNS = 1_000;
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private Csv() {
    }

    public static Table read(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try {
            if (!Files.isRegularFile(path)) {
                throw new DataException(name + ": " + (Files.exists(path) ? "not a file" : "no such file"));
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new DataException(name + ": larger than " + (MAX_BYTES >> 20) + " MB; Mathlens reads smaller data files");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(name, in);
            }
        } catch (NoSuchFileException e) {
            throw new DataException(name + ": no such file");
        } catch (IOException e) {
            throw new DataException(name + ": cannot be read (" + e.getClass().getSimpleName().replace("Exception", "").toLowerCase() + ")");
        }
    }

    /** Reads CSV text from a stream that holds at most {@link #MAX_BYTES} (the caller bounds it). */
    public static Table read(String name, InputStream in) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        List<String[]> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separatorOf(name)).skipEmptyLines(true)
                .ignoreDifferentFieldCount(true).detectBomHeader(false).ofCsvRecord(reader)) {
            for (CsvRecord r : csv) {
                if (records.size() > MAX_ROWS) {
                    throw new DataException(name + ": more than " + MAX_ROWS + " rows; Mathlens reads smaller data files");
                }
                if (r.getFieldCount() > MAX_COLUMNS) {
                    throw new DataException(name + ":" + r.getStartingLineNumber() + ": more than " + MAX_COLUMNS + " columns");
                }
                records.add(r.getFields().stream().map(String::strip).toArray(String[]::new));
                lines.add(r.getStartingLineNumber());
            }
        } catch (CsvParseException e) {
            throw new DataException(name + ": not a well-formed CSV file (a quote is never closed)");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new DataException(name + ": not UTF-8 text; save it as UTF-8 CSV");
            }
            throw new DataException(name + ": cannot be read");
        } catch (IOException e) {
            throw new DataException(name + ": cannot be read");
        }
        return toTable(name, records, lines);
    }

    /** Reads CSV text held in a string (tests, pasted data). */
    public static Table parse(String name, String text) {
        return read(name, new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static char separatorOf(String name) {
        return name.endsWith(".tsv") ? '\t' : name.endsWith(".ssv") ? ';' : ',';
    }

    private static Table toTable(String name, List<String[]> records, List<Long> lines) {
        if (records.isEmpty()) {
            throw new DataException(name + ": no rows of data");
        }
        boolean header = records.size() > 1 && isHeader(records.get(0), records.get(1));
        int first = header ? 1 : 0;
        if (records.size() == first) {
            throw new DataException(name + ": a header but no rows of data");
        }
        int width = records.get(first).length;
        List<String> columns = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            columns.add(header && j < records.get(0).length && !records.get(0)[j].isEmpty() ? records.get(0)[j] : "column " + (j + 1));
        }
        int labelColumn = -1;
        for (int j = 0; j < width; j++) {
            if (number(records.get(first)[j]) == null && !records.get(first)[j].isEmpty()) {
                if (labelColumn >= 0) {
                    throw new DataException(name + ":" + lines.get(first) + ": columns '" + columns.get(labelColumn) + "' and '"
                            + columns.get(j) + "' both hold words; only one label column can be read");
                }
                labelColumn = j;
            }
        }
        Map<String, Integer> classes = new LinkedHashMap<>();
        double[][] rows = new double[records.size() - first][];
        for (int i = first; i < records.size(); i++) {
            String[] r = records.get(i);
            long line = lines.get(i);
            if (r.length != width) {
                throw new DataException(name + ":" + line + ": this row has " + r.length + " values; the first row of data has " + width);
            }
            double[] row = new double[width];
            for (int j = 0; j < width; j++) {
                String field = r[j];
                if (field.isEmpty()) {
                    throw new DataException(name + ":" + line + ": column '" + columns.get(j) + "' is empty");
                }
                if (j == labelColumn) {
                    row[j] = classes.computeIfAbsent(field, k -> classes.size());
                    continue;
                }
                Double v = number(field);
                if (v == null) {
                    throw new DataException(name + ":" + line + ": column '" + columns.get(j) + "' holds '" + clip(field) + "', not a number");
                }
                if (!Double.isFinite(v)) {
                    throw new DataException(name + ":" + line + ": column '" + columns.get(j) + "' holds " + field + ", not a finite number");
                }
                row[j] = v == 0.0 ? 0.0 : v;
            }
            rows[i - first] = row;
        }
        return new Table(name, List.copyOf(columns), rows, labelColumn, List.copyOf(classes.keySet()));
    }

    /** A first row of words above a row that has a number in the same place is a header. */
    private static boolean isHeader(String[] first, String[] second) {
        for (int j = 0; j < Math.min(first.length, second.length); j++) {
            if (number(first[j]) == null && number(second[j]) != null) {
                return true;
            }
        }
        return false;
    }

    private static Double number(String field) {
        if (field.isEmpty() || field.length() > 40) {
            return null;
        }
        if (!DECIMAL.matcher(field).matches()) {
            return null; // Double.parseDouble would take "NaN", "Infinity", hex and "1d": a data file means decimals
        }
        try {
            return Double.parseDouble(field);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String clip(String field) {
        return field.length() <= 20 ? field : field.substring(0, 20) + "…";
    }
}
