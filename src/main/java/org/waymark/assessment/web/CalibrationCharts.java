package org.waymark.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.waymark.assessment.internal.calibration.Agreement.Tendency;
import org.waymark.assessment.internal.calibration.Calibration;
import org.waymark.assessment.internal.calibration.Calibration.AssessorCalibration;
import org.waymark.assessment.internal.calibration.Calibration.AssessorRound;
import org.waymark.assessment.internal.calibration.Calibration.RowAgreement;

/**
 * The two charts of the calibration page, laid out here and drawn by the template as inline SVG: a dot on a line from
 * zero for each figure, and the figure in words beside it, so neither colour nor position alone carries the meaning.
 * Each chart's description repeats its figures for screen readers; the tables next to them hold the same data.
 */
final class CalibrationCharts {

    static final int WIDTH = 690;
    static final int ROW = 26;
    static final int TOP = 34;
    static final int LABEL_END = 250;
    static final int PLOT_START = 262;
    static final int PLOT_END = 462;
    static final int VALUE_START = 474;
    static final int LABEL_CHARS = 30;

    private CalibrationCharts() {
    }

    /** A chart: its size, the axis ticks, the lines (one per figure) and what it says in words. */
    record Chart(int width, int height, double zeroX, List<Tick> ticks, List<Line> lines, String description) {

        public int labelEnd() {
            return LABEL_END;
        }

        public int valueStart() {
            return VALUE_START;
        }
    }

    record Tick(double x, String label) {
    }

    /**
     * One line of a chart at {@code y}: its label, and when there is a figure a stem from zero to {@code x} and a dot;
     * {@code text} the figure in words. {@code heading} lines only name an assessor; {@code tone} says which way the
     * figure leans, for the stylesheet.
     */
    record Line(double y, String label, boolean heading, boolean hasFigure, double x, String text, String tone) {
    }

    static Chart agreement(List<RowAgreement> rows) {
        List<Line> lines = new ArrayList<>();
        List<String> said = new ArrayList<>();
        double y = TOP;
        for (RowAgreement row : rows) {
            y += ROW;
            String n = "n=" + row.kappa().pairs();
            if (row.shown().isPresent()) {
                double k = row.shown().get();
                String text = number(k) + " " + row.reading().toLowerCase(Locale.ROOT) + " (" + n + ")";
                lines.add(new Line(y, fit(row.label()), false, true, scale(k, 1), text, k < 0 ? "below" : "above"));
                said.add(row.label() + ": " + text);
            } else {
                String text = row.reading().toLowerCase(Locale.ROOT) + " (" + n + ")";
                lines.add(new Line(y, fit(row.label()), false, false, scale(0, 1), text, "none"));
                said.add(row.label() + ": " + text);
            }
        }
        List<Tick> ticks = List.of(new Tick(scale(-1, 1), "-1"), new Tick(scale(0, 1), "0 chance"), new Tick(scale(1, 1), "1 perfect"));
        return new Chart(WIDTH, (int) y + ROW, scale(0, 1), ticks, lines,
                "Weighted kappa per grade row, from -1 to 1 (0 is what chance would give). " + String.join("; ", said) + ".");
    }

    static Chart tendencies(List<AssessorCalibration> assessors) {
        double extent = 1;
        for (AssessorCalibration a : assessors) {
            for (AssessorRound r : a.rounds()) {
                extent = Math.max(extent, Math.ceil(Math.abs(r.tendency().meanDifference()) * 2) / 2);
            }
        }
        List<Line> lines = new ArrayList<>();
        List<String> said = new ArrayList<>();
        double y = TOP;
        for (AssessorCalibration a : assessors) {
            y += ROW;
            lines.add(new Line(y, fit(a.name()), true, false, scale(0, extent), "", "none"));
            List<String> rounds = new ArrayList<>();
            for (AssessorRound r : a.rounds()) {
                y += ROW;
                Tendency t = r.tendency();
                String text = t.pairs() == 0 ? "no grades to compare" : difference(t) + " (n=" + t.pairs() + ")";
                lines.add(new Line(y, fit(r.round().name()), false, t.pairs() > 0, scale(t.pairs() == 0 ? 0 : t.meanDifference(), extent),
                        text, tone(t)));
                rounds.add(r.round().name() + " " + text);
            }
            said.add(a.name() + ": " + String.join(", ", rounds));
        }
        String e = number(extent).replace("+", "");
        List<Tick> ticks = List.of(new Tick(scale(-extent, extent), "-" + e + " lenient"), new Tick(scale(0, extent), "0"),
                new Tick(scale(extent, extent), "+" + e + " strict"));
        return new Chart(WIDTH, (int) y + ROW, scale(0, extent), ticks, lines,
                "Each assessor's grades against their co-assessors', round by round, in steps of the grade scale: above 0 "
                        + "stricter, below 0 more lenient. " + String.join("; ", said) + ".");
    }

    /** One line of the assessors' table, its figures written out: a round, or all rounds shown ({@code round} null). */
    record TendencyLine(String assessor, String round, int reviews, int pairs, String meanGrade, String coAssessorMean,
                        String difference, String agreement) {
    }

    static List<TendencyLine> table(List<AssessorCalibration> assessors) {
        List<TendencyLine> lines = new ArrayList<>();
        for (AssessorCalibration a : assessors) {
            for (AssessorRound r : a.rounds()) {
                lines.add(line(a.name(), r.round().name(), r.reviews(), r.tendency()));
            }
            if (a.rounds().size() > 1) {
                lines.add(line(a.name(), null, a.reviews(), a.overall()));
            }
        }
        return lines;
    }

    private static TendencyLine line(String name, String round, int reviews, Tendency t) {
        if (t.pairs() == 0) {
            return new TendencyLine(name, round, reviews, 0, "-", "-", "No grades to compare", "-");
        }
        return new TendencyLine(name, round, reviews, t.pairs(), number(t.meanGrade()), number(t.coAssessorMean()),
                difference(t), Math.round(t.agreement() * 100) + "%");
    }

    /** "+0.40 stricter", "-0.25 more lenient", "0.10 in line": the difference in words. */
    static String difference(Tendency t) {
        return signed(t.meanDifference()) + " " + direction(t);
    }

    static String direction(Tendency t) {
        if (t.pairs() == 0) {
            return "";
        }
        if (t.meanDifference() >= Calibration.IN_LINE) {
            return "stricter";
        }
        if (t.meanDifference() <= -Calibration.IN_LINE) {
            return "more lenient";
        }
        return "in line";
    }

    private static String tone(Tendency t) {
        return switch (direction(t)) {
            case "stricter" -> "above";
            case "more lenient" -> "below";
            default -> "none";
        };
    }

    static String number(double v) {
        return String.format(Locale.UK, "%.2f", v);
    }

    static String signed(double v) {
        String s = number(v);
        return v > 0 && !s.equals("0.00") ? "+" + s : s.equals("-0.00") ? "0.00" : s;
    }

    /** A label short enough for the label column (the tables hold it whole). */
    static String fit(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1).stripTrailing() + "\u2026";
    }

    private static double scale(double value, double extent) {
        return PLOT_START + (value + extent) / (2 * extent) * (PLOT_END - PLOT_START);
    }
}
