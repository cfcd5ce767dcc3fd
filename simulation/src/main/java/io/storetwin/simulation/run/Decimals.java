package io.storetwin.simulation.run;

/** Fast fixed-point formatting for the millions of numbers an event log holds. */
final class Decimals {

    private Decimals() {
    }

    /** {@code value} with exactly {@code places} decimals (half away from zero). */
    static String fixed(double value, int places) {
        if (Double.isNaN(value)) {
            return "";
        }
        long scale = places == 2 ? 100 : places == 4 ? 10_000 : (long) Math.pow(10, places);
        long scaled = Math.round(Math.abs(value) * scale);
        StringBuilder out = new StringBuilder(16);
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(scaled / scale).append('.');
        String fraction = Long.toString(scaled % scale);
        for (int i = fraction.length(); i < places; i++) {
            out.append('0');
        }
        return out.append(fraction).toString();
    }
}
