package io.storetwin.simulation.experiment;

/**
 * One parameter set to one value in an arm, as the user wrote it: {@code markdown.maxDiscount=0.3}.
 *
 * @param key    a key {@link ScenarioParameters} accepts (short or full)
 * @param value  the value's text
 */
public record ParameterOverride(String key, String value) {

    public ParameterOverride {
        key = key.strip();
        value = value.strip();
    }

    @Override
    public String toString() {
        return key + "=" + value;
    }
}
