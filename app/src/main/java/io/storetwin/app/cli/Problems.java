package io.storetwin.app.cli;

import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Problem;
import java.io.PrintWriter;

/** Prints a rejected input's problems, one per line. */
final class Problems {

    private Problems() {
    }

    static int report(PrintWriter err, String what, InvalidInputException e) {
        int count = e.problems().size();
        err.println(what + " is not valid: " + count + (count == 1 ? " problem" : " problems"));
        for (Problem problem : e.problems()) {
            err.println("  " + problem);
        }
        err.flush();
        return 1;
    }
}
