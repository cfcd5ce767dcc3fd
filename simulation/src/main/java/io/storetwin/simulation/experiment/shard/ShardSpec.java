package io.storetwin.simulation.experiment.shard;

/**
 * Shard {@code index} of {@code count} (1-based, as {@code 2/4} on the command line): the
 * replications from {@code (index-1)*R/count} up to {@code index*R/count} of an experiment
 * of {@code R} replications. The slices of 1..count cover every replication exactly once.
 */
public record ShardSpec(int index, int count) {

    public ShardSpec {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N, e.g. 2/4; got %d/%d".formatted(index, count));
        }
    }

    /** Parses {@code I/N}. */
    public static ShardSpec parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N, e.g. 2/4; got '" + text + "'");
        }
        try {
            return new ShardSpec(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N, e.g. 2/4; got '" + text + "'");
        }
    }

    /** The first replication of this shard (0-based). */
    public int from(int replications) {
        return (int) ((long) (index - 1) * replications / count);
    }

    /** One past the last replication of this shard. */
    public int to(int replications) {
        return (int) ((long) index * replications / count);
    }

    /** Why this shard cannot slice {@code replications} replications, or null when it can. */
    public String problemWith(int replications) {
        if (count > replications) {
            return "%d shards for %d replications would leave shards with nothing to run: use at most %d shards"
                    .formatted(count, replications, replications);
        }
        return null;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
