package org.mathlens.math.expr;

import org.mathlens.math.MathError;

import java.util.ArrayList;
import java.util.List;

/** Splits input text into tokens; every character it cannot use becomes a MathError with its column. */
final class Lexer {
    enum Kind { NUMBER, IDENT, STRING, SYMBOL, END }

    record Token(Kind kind, String text, double number, int column) {
        boolean is(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        String describe() {
            return kind == Kind.END ? "end of input" : "'" + text + "'";
        }
    }

    private static final String[] TWO_CHAR = {"==", "!=", "<=", ">=", ".*"};
    private static final String ONE_CHAR = "+-*/^()[],<>=";

    private final String text;
    private int pos;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) {
        return new Lexer(text).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                tokens.add(new Token(Kind.END, "", 0, text.length() + 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = text.charAt(pos);
        int column = start + 1;
        if (isDigit(c) || (c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            if (c == 'π') {
                pos++;
                return new Token(Kind.IDENT, "pi", 0, column);
            }
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')
                    && text.charAt(pos) != 'π') {
                pos++;
            }
            return new Token(Kind.IDENT, text.substring(start, pos), 0, column);
        }
        if (c == '"') {
            int close = text.indexOf('"', pos + 1);
            if (close < 0) {
                throw new MathError("unterminated string: missing closing '\"'", column);
            }
            pos = close + 1;
            return new Token(Kind.STRING, text.substring(start + 1, close), 0, column);
        }
        for (String two : TWO_CHAR) {
            if (text.startsWith(two, pos)) {
                pos += 2;
                return new Token(Kind.SYMBOL, two, 0, column);
            }
        }
        // the typographic signs learners paste from lecture notes
        String symbol = switch (c) {
            case '−' -> "-";
            case '×', '·', '⋅' -> "*";
            case '≤' -> "<=";
            case '≥' -> ">=";
            case '≠' -> "!=";
            default -> ONE_CHAR.indexOf(c) >= 0 ? String.valueOf(c) : null;
        };
        if (symbol == null) {
            String shown = Character.isSurrogate(c) || Character.isISOControl(c)
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c);
            throw new MathError("unexpected '" + shown + "'", column);
        }
        pos++;
        return new Token(Kind.SYMBOL, symbol, 0, column);
    }

    private Token number() {
        int start = pos;
        digits();
        // a '.' belongs to the number only when a digit follows, so "2.*x" is 2 .* x
        if (pos < text.length() && text.charAt(pos) == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
            pos++;
            digits();
        }
        // an exponent only when digits follow: "2e3" is 2000, "2e" is 2 times e
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int p = pos + 1;
            if (p < text.length() && (text.charAt(p) == '+' || text.charAt(p) == '-')) {
                p++;
            }
            if (p < text.length() && isDigit(text.charAt(p))) {
                pos = p;
                digits();
            }
        }
        String literal = text.substring(start, pos);
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            throw new MathError("number " + literal + " is too large", start + 1);
        }
        return new Token(Kind.NUMBER, literal, value, start + 1);
    }

    private void digits() {
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
