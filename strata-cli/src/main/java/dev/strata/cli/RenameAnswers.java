package dev.strata.cli;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.core.diff.RenameCandidate;
import picocli.CommandLine.Option;

import java.io.Console;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers to "was this renamed?" for {@code generate} and {@code push} (a picocli mixin): given as flags
 * in CI, asked on a terminal like drizzle-kit, never guessed.
 */
final class RenameAnswers {
    @Option(names = "--rename", paramLabel = "KIND:OLD=NEW",
            description = "This object was renamed, not dropped and created: table:public.posts=articles, "
                    + "column:public.users.full_name=display_name, enum:public.mood=feeling, sequence:public.invoice_no=invoice_number, schema:app=shop, view:public.recent=latest. "
                    + "Repeatable.")
    List<String> renames = new ArrayList<>();

    @Option(names = "--new", paramLabel = "KIND:NAME",
            description = "This object is new, not a renamed one: table:public.articles, column:public.users.nickname. Repeatable.")
    List<String> created = new ArrayList<>();

    /** The flags in the text form core reads ({@code table public.posts=articles}, {@code create table public.articles}). */
    List<String> given() {
        List<String> out = new ArrayList<>();
        renames.forEach(r -> out.add(answer(r, "--rename")));
        created.forEach(c -> out.add("create " + answer(c, "--new")));
        return out;
    }

    /**
     * Asks about each candidate on the terminal and returns the request with the answers added; without a
     * terminal (or with {@code --yes}) it is an input error listing the flags that answer them.
     */
    static <T> T ask(Environment env, boolean yes, List<RenameCandidate> candidates, T request, java.util.function.BiFunction<T, String, T> add) {
        Console console = env.terminal() && !yes ? System.console() : null;
        if (console == null) {
            List<String> flags = candidates.stream().map(c -> "--rename " + flag(c.renameAnswer()) + "  or  --new "
                    + flag(c.createAnswer().substring("create ".length()))).toList();
            throw new StrataException.Input(Problem.of("rename.unanswered", candidates.size()
                    + " object(s) may have been renamed; Strata does not guess", "answer each one: " + String.join("; ", flags)));
        }
        T out = request;
        for (RenameCandidate c : candidates) {
            String kind = c.kind().word();
            String reply = "";
            while (!reply.equals("c") && !reply.equals("r")) {
                String line = console.readLine("Is %s %s created, or renamed from %s? [c]reate / [r]ename: ", kind, c.to(), c.from());
                reply = line == null ? "c" : line.strip().toLowerCase(java.util.Locale.ROOT);
            }
            out = add.apply(out, reply.equals("r") ? c.renameAnswer() : c.createAnswer());
        }
        return out;
    }

    private static String answer(String flag, String option) {
        int colon = flag.indexOf(':');
        if (colon <= 0) {
            throw new StrataException.Input(Problem.of("rename.bad-flag", option + " " + flag + " does not name its kind",
                    "write KIND:..., e.g. " + option + " table:public.posts" + (option.equals("--rename") ? "=articles" : "")));
        }
        return flag.substring(0, colon) + " " + flag.substring(colon + 1);
    }

    /** {@code table public.posts=articles} → {@code table:public.posts=articles}. */
    private static String flag(String answer) {
        return answer.replaceFirst(" ", ":");
    }
}
