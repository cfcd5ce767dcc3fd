package io.storetwin.app.ui.model;

import io.storetwin.simulation.world.WorldParameter;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/** The world's dials as the engine last published them, one property per {@link WorldParameter}. */
public final class WorldModel {

    private final Map<WorldParameter, ReadOnlyDoubleWrapper> values = new EnumMap<>(WorldParameter.class);
    private Map<WorldParameter, Double> last;

    public WorldModel() {
        for (WorldParameter parameter : WorldParameter.values()) {
            values.put(parameter, new ReadOnlyDoubleWrapper(this, parameter.key(), Double.NaN));
        }
    }

    /** Takes the published dials; cheap when they have not changed (the same map). */
    void update(Map<WorldParameter, Double> published) {
        if (published == last) {
            return;
        }
        last = published;
        published.forEach((parameter, value) -> values.get(parameter).set(value));
    }

    /** The dial's value in the engine now (NaN before the first frame). */
    public ReadOnlyDoubleProperty valueProperty(WorldParameter parameter) {
        return values.get(parameter).getReadOnlyProperty();
    }
}
