package io.storetwin.catalog;

/**
 * One thing wrong with an input file, where it is and what field it concerns.
 *
 * @param file    file name as the user gave it
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param path    field path such as {@code products[8].unitCost}, empty for the whole file
 */
public record Problem(String file, int line, int column, String path, String message) {

    /** {@code store.yaml:57:14 products[8].unitCost: must be below listPrice (4.10 >= 3.99)}. */
    @Override
    public String toString() {
        String where = line > 0 ? "%s:%d:%d".formatted(file, line, column) : file;
        return path.isEmpty() ? where + " " + message : where + " " + path + ": " + message;
    }
}
