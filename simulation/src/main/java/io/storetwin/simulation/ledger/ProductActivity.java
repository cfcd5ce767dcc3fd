package io.storetwin.simulation.ledger;

/**
 * What shoppers did with each product lately: looks and units sold in each hour of the last
 * 24 (what a pricing strategy sees), units sold today, and the sales and stock-outs not yet
 * shown by the window (its flashes). Mutable, owned by the engine thread.
 */
public final class ProductActivity {

    private final int[][] soldByHour;
    private final int[][] looksByHour;
    private final int[] soldToday;
    private final int[] soldUnshown;
    private final boolean[] stockedOutUnshown;

    public ProductActivity(int products) {
        soldByHour = new int[products][24];
        looksByHour = new int[products][24];
        soldToday = new int[products];
        soldUnshown = new int[products];
        stockedOutUnshown = new boolean[products];
    }

    /** A new hour starts: its counts from the day before are forgotten. */
    public void startHour(int hour) {
        for (int i = 0; i < soldByHour.length; i++) {
            soldByHour[i][hour] = 0;
            looksByHour[i][hour] = 0;
        }
    }

    public void startDay(int product) {
        soldToday[product] = 0;
    }

    public void look(int product, int hour) {
        looksByHour[product][hour]++;
    }

    public void sale(int product, int hour, int units) {
        soldByHour[product][hour] += units;
        soldToday[product] += units;
        soldUnshown[product] += units;
    }

    public void stockOut(int product) {
        stockedOutUnshown[product] = true;
    }

    public int soldLast24h(int product) {
        int sum = 0;
        for (int h = 0; h < 24; h++) {
            sum += soldByHour[product][h];
        }
        return sum;
    }

    public int looksLast24h(int product) {
        int sum = 0;
        for (int h = 0; h < 24; h++) {
            sum += looksByHour[product][h];
        }
        return sum;
    }

    public int soldToday(int product) {
        return soldToday[product];
    }

    public int soldInHour(int product, int hour) {
        return soldByHour[product][hour];
    }

    public int looksInHour(int product, int hour) {
        return looksByHour[product][hour];
    }

    /** Puts a product's counts back as a saved state had them (an engine restored from a fork). */
    public void restore(int product, int today, int[] sold, int[] looked) {
        soldToday[product] = today;
        System.arraycopy(sold, 0, soldByHour[product], 0, 24);
        System.arraycopy(looked, 0, looksByHour[product], 0, 24);
    }

    /** Units sold since the window last drew this product. */
    public int soldUnshown(int product) {
        return soldUnshown[product];
    }

    /** The shelf became empty since the window last drew it. */
    public boolean stockedOutUnshown(int product) {
        return stockedOutUnshown[product];
    }

    /** The window has shown every sale and stock-out so far. */
    public void markShown() {
        java.util.Arrays.fill(soldUnshown, 0);
        java.util.Arrays.fill(stockedOutUnshown, false);
    }
}
