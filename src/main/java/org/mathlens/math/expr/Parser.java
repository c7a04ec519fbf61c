package org.mathlens.math.expr;

import org.mathlens.math.MathError;

import java.util.ArrayList;
import java.util.List;
import org.mathlens.math.expr.Lexer.Kind;
import org.mathlens.math.expr.Lexer.Token;

/**
 * Recursive-descent parser. Grammar, loosest first:
 * <pre>
 * comparison := sum (('==' | '!=' | '<' | '<=' | '>' | '>=') sum)?
 * sum        := product (('+' | '-') product)*
 * product    := unary (('*' | '/' | '.*') unary | implicit power)*
 * unary      := ('-' | '+') unary | power          -- so -x^2 is -(x^2) and 2*-x works
 * power      := primary ('^' unary)?               -- right-associative, 2^-1 works
 * primary    := number | string | name | name '(' args ')' | '(' comparison ')' | '[' args ']'
 * </pre>
 * Implicit multiplication ("2x", "3(x + 1)", "(x+1)(x-1)", "2 sin(x)") happens when a name or
 * '(' follows a factor. Nesting is limited so no input can overflow the stack.
 */
final class Parser {
    static final int MAX_DEPTH = 200;

    private final List<Token> tokens;
    private final java.util.Set<String> bound;
    private int pos;
    private int depth;

    private Parser(List<Token> tokens, java.util.Set<String> bound) {
        this.tokens = tokens;
        this.bound = bound;
    }

    static Expr parseExpression(String text) {
        return parseExpression(text, java.util.Set.of());
    }

    /**
     * Parses with some names bound as variables: a pane's readout may be called {@code cos}
     * or {@code det}, and in a goal such as {@code cos > 0.5} it is the readout, not the function.
     */
    static Expr parseExpression(String text, java.util.Set<String> boundNames) {
        Parser p = start(text, boundNames);
        Expr e = p.comparison();
        p.expectEnd();
        return e;
    }

    static Statement parseStatement(String text) {
        Parser p = start(text, java.util.Set.of());
        Statement definition = p.definitionHead();
        Expr body = p.comparison();
        p.expectEnd();
        return definition == null ? new Statement(null, List.of(), body)
                : new Statement(definition.name(), definition.params(), body);
    }

    private static Parser start(String text, java.util.Set<String> boundNames) {
        if (text == null || text.isBlank()) {
            throw new MathError("empty input");
        }
        return new Parser(Lexer.tokenize(text), boundNames);
    }

    /** Reads "name =" or "name(a, b) =" if the statement starts with one; otherwise consumes nothing. */
    private Statement definitionHead() {
        if (peek().kind() != Kind.IDENT) {
            return null;
        }
        Token name = peek();
        if (tokens.get(pos + 1).is("=")) {
            checkAssignable(name);
            pos += 2;
            return new Statement(name.text(), List.of(), new Expr.Num(0));
        }
        if (!tokens.get(pos + 1).is("(")) {
            return null;
        }
        // look ahead for "(ident, ident, ...) =" without consuming
        List<String> params = new ArrayList<>();
        int p = pos + 2;
        while (tokens.get(p).kind() == Kind.IDENT) {
            params.add(tokens.get(p).text());
            p++;
            if (tokens.get(p).is(",")) {
                p++;
            } else {
                break;
            }
        }
        if (params.isEmpty() || !tokens.get(p).is(")") || !tokens.get(p + 1).is("=")) {
            return null;
        }
        checkAssignable(name);
        for (int i = 0; i < params.size(); i++) {
            if (params.indexOf(params.get(i)) != i) {
                throw new MathError("parameter '" + params.get(i) + "' appears twice");
            }
            if (Constants.isConstant(params.get(i))) {
                throw new MathError("'" + params.get(i) + "' is a constant and cannot be a parameter");
            }
        }
        pos = p + 2;
        return new Statement(name.text(), params, new Expr.Num(0));
    }

    private static void checkAssignable(Token name) {
        if (Constants.isConstant(name.text())) {
            throw new MathError("cannot assign to '" + name.text() + "': it is a constant", name.column());
        }
        if (Functions.isBuiltin(name.text())) {
            throw new MathError("cannot assign to '" + name.text() + "': it is a built-in function", name.column());
        }
    }

    private Expr comparison() {
        enter();
        Expr left = sum();
        Op op = comparisonOp(peek());
        if (op != null) {
            pos++;
            Expr right = sum();
            if (comparisonOp(peek()) != null) {
                throw new MathError("comparisons cannot be chained; compare two things at a time", peek().column());
            }
            left = new Expr.Binary(op, left, right);
        }
        leave(1);
        return left;
    }

    private static Op comparisonOp(Token t) {
        if (t.kind() != Kind.SYMBOL) {
            return null;
        }
        return switch (t.text()) {
            case "==" -> Op.EQ;
            case "!=" -> Op.NE;
            case "<" -> Op.LT;
            case "<=" -> Op.LE;
            case ">" -> Op.GT;
            case ">=" -> Op.GE;
            default -> null;
        };
    }

    private Expr sum() {
        Expr left = product();
        int chain = 0;
        while (peek().is("+") || peek().is("-")) {
            Op op = next().is("+") ? Op.ADD : Op.SUB;
            enter();            // a long chain nests the tree as deeply as parentheses would
            chain++;
            left = new Expr.Binary(op, left, product());
        }
        leave(chain);
        return left;
    }

    private Expr product() {
        Expr left = unary();
        int chain = 0;
        while (true) {
            Token t = peek();
            Op op = t.is("*") ? Op.MUL : t.is("/") ? Op.DIV : t.is(".*") ? Op.HADAMARD : null;
            Expr right;
            if (op != null) {
                pos++;
                enter();
                right = unary();
            } else if (t.kind() == Kind.IDENT || t.is("(")) {
                op = Op.MUL;        // implicit multiplication: 2x, 3(x + 1), (x+1)(x-1), 2 sin(x)
                enter();
                right = power();
            } else {
                break;
            }
            chain++;
            left = new Expr.Binary(op, left, right);
        }
        leave(chain);
        return left;
    }

    private Expr unary() {
        if (peek().is("-") || peek().is("+")) {
            boolean minus = next().is("-");
            enter();
            int operandStart = pos;
            Expr operand = unary();
            leave(1);
            if (!minus) {
                return operand;
            }
            // "-2" written as one literal is the number -2; "-(2)" stays a negation
            if (operand instanceof Expr.Num n && pos == operandStart + 1) {
                return new Expr.Num(-n.value());
            }
            return new Expr.Neg(operand);
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (peek().is("^")) {
            pos++;
            enter();
            Expr exponent = unary();
            leave(1);
            return new Expr.Binary(Op.POW, base, exponent);
        }
        return base;
    }

    private Expr primary() {
        Token t = next();
        switch (t.kind()) {
            case NUMBER:
                return new Expr.Num(t.number());
            case STRING:
                return new Expr.Str(t.text());
            case IDENT:
                if (peek().is("(")) {
                    pos++;
                    enter();
                    List<Expr> args = list(")");
                    leave(1);
                    return new Expr.Call(t.text(), args);
                }
                if (Functions.isBuiltin(t.text()) && !bound.contains(t.text())) {
                    throw new MathError(t.text() + " needs its argument in parentheses, like " + t.text() + "(x)",
                            t.column());
                }
                return new Expr.Var(t.text());
            case SYMBOL:
                if (t.is("(")) {
                    enter();
                    Expr inner = comparison();
                    expect(")");
                    leave(1);
                    return inner;
                }
                if (t.is("[")) {
                    enter();
                    List<Expr> elements = list("]");
                    leave(1);
                    if (elements.isEmpty()) {
                        throw new MathError("empty brackets: a vector needs at least one entry", t.column());
                    }
                    return new Expr.Vector(elements);
                }
                if (t.is("=")) {
                    throw new MathError("unexpected '=' (write == to compare)", t.column());
                }
                throw new MathError("unexpected " + t.describe(), t.column());
            default:
                throw new MathError("unexpected end of input: an expression is missing", t.column());
        }
    }

    /** Comma-separated expressions up to the closing symbol, which is consumed. */
    private List<Expr> list(String close) {
        List<Expr> items = new ArrayList<>();
        if (peek().is(close)) {
            pos++;
            return items;
        }
        while (true) {
            items.add(comparison());
            if (peek().is(",")) {
                pos++;
            } else {
                expect(close);
                return items;
            }
        }
    }

    private void expect(String symbol) {
        Token t = peek();
        if (!t.is(symbol)) {
            throw new MathError("expected '" + symbol + "'", t.column());
        }
        pos++;
    }

    private void expectEnd() {
        Token t = peek();
        if (t.kind() != Kind.END) {
            if (t.is("=")) {
                throw new MathError("unexpected '=' (write == to compare)", t.column());
            }
            throw new MathError("unexpected " + t.describe(), t.column());
        }
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.END) {
            pos++;
        }
        return t;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new MathError("expression nested too deeply");
        }
    }

    private void leave(int levels) {
        depth -= levels;
    }
}
