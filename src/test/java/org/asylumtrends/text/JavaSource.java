package org.asylumtrends.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a Java source file that matter to the bundle test: string literals (unescaped), identifiers and
 * single punctuation characters, with comments, char literals and whitespace dropped. A lexer rather than a
 * regular expression, so a key is found however the call is written: over several lines, in a ternary, in a
 * switch, in an array, or passed to a helper.
 */
record JavaSource(List<Token> tokens) {
    enum Kind { STRING, IDENTIFIER, PUNCTUATION }

    record Token(Kind kind, String text, int line) {
        boolean is(String s) {
            return kind != Kind.STRING && text.equals(s);
        }
    }

    static JavaSource lex(String src) {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) { // a text block: kept as one literal, never a key
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                out.add(new Token(Kind.STRING, src.substring(i + 3, Math.max(i + 3, end - 3)), line));
                line += count(src, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < n && src.charAt(j) != c) {
                    if (src.charAt(j) == '\\' && j + 1 < n) {
                        j++;
                        char e = src.charAt(j);
                        text.append(switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            default -> e; // \" \\ \' and the rest: near enough for finding keys
                        });
                    } else {
                        text.append(src.charAt(j));
                    }
                    j++;
                }
                if (c == '"') {
                    out.add(new Token(Kind.STRING, text.toString(), line));
                }
                i = j + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i;
                while (j < n && Character.isJavaIdentifierPart(src.charAt(j))) {
                    j++;
                }
                out.add(new Token(Kind.IDENTIFIER, src.substring(i, j), line));
                i = j;
            } else {
                out.add(new Token(Kind.PUNCTUATION, String.valueOf(c), line));
                i++;
            }
        }
        return new JavaSource(List.copyOf(out));
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** Every string literal in the file. */
    List<Token> strings() {
        return tokens.stream().filter(t -> t.kind() == Kind.STRING).toList();
    }

    /**
     * The first argument of every call {@code owner.method(...)} with one of the method names: its tokens up to
     * the first comma or closing parenthesis outside brackets.
     */
    List<List<Token>> firstArguments(String owner, List<String> methods) {
        return calls(owner, methods).stream().map(args -> args.isEmpty() ? List.<Token>of() : args.getFirst()).toList();
    }

    /**
     * Every argument of every call {@code owner.method(...)} with one of the method names, each as its tokens;
     * commas inside brackets (a nested call, an array) do not split arguments.
     */
    List<List<List<Token>>> calls(String owner, List<String> methods) {
        List<List<List<Token>>> found = new ArrayList<>();
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (tokens.get(i).is(owner) && tokens.get(i + 1).is(".") && tokens.get(i + 2).kind() == Kind.IDENTIFIER
                    && methods.contains(tokens.get(i + 2).text()) && tokens.get(i + 3).is("(")) {
                List<List<Token>> args = new ArrayList<>();
                List<Token> arg = new ArrayList<>();
                int depth = 0;
                for (int j = i + 4; j < tokens.size(); j++) {
                    Token t = tokens.get(j);
                    if (depth == 0 && (t.is(",") || t.is(")"))) {
                        if (!arg.isEmpty()) {
                            args.add(arg);
                        }
                        if (t.is(")")) {
                            break;
                        }
                        arg = new ArrayList<>();
                        continue;
                    }
                    if (t.is("(") || t.is("[") || t.is("{")) {
                        depth++;
                    } else if (t.is(")") || t.is("]") || t.is("}")) {
                        depth--;
                    }
                    arg.add(t);
                }
                found.add(args);
            }
        }
        return found;
    }
}
