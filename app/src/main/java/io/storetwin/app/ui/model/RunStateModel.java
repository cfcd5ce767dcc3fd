package io.storetwin.app.ui.model;

import io.storetwin.app.ui.engine.Published;
import io.storetwin.app.ui.engine.Speed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The run as the toolbar shows it: simulated time, playing or not, speed, strategy, seed. */
public final class RunStateModel {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private final ReadOnlyObjectWrapper<LocalDateTime> time = new ReadOnlyObjectWrapper<>(this, "time");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper(this, "clockText", "");
    private final ReadOnlyLongWrapper tick = new ReadOnlyLongWrapper(this, "tick");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyObjectWrapper<Speed> speed = new ReadOnlyObjectWrapper<>(this, "speed", Speed.X100);
    private final ReadOnlyStringWrapper strategy = new ReadOnlyStringWrapper(this, "strategy", "");
    private final ReadOnlyLongWrapper seed = new ReadOnlyLongWrapper(this, "seed");
    private final ReadOnlyStringWrapper scenarioName = new ReadOnlyStringWrapper(this, "scenarioName", "");
    private final ReadOnlyStringWrapper dayText = new ReadOnlyStringWrapper(this, "dayText", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private long generation = -1;
    private boolean everPlayed;

    public void update(Published published) {
        var snapshot = published.snapshot();
        var scenario = published.session().scenario();
        time.set(snapshot.time());
        clockText.set(CLOCK.format(snapshot.time()));
        dayText.set("day %d of %d".formatted(Math.min(snapshot.dayIndex() + 1, scenario.days()), scenario.days()));
        tick.set(snapshot.tick());
        playing.set(published.playing());
        finished.set(snapshot.finished());
        speed.set(published.speed());
        strategy.set(snapshot.strategy());
        seed.set(scenario.seed());
        scenarioName.set(scenario.name());
        if (published.session().generation() != generation) {
            generation = published.session().generation();
            everPlayed = false;
        }
        everPlayed |= published.playing();
        hint.set(everPlayed || snapshot.finished() ? "" : hintFor(snapshot.time(), scenario.store().calendar().openHour()));
    }

    private static String hintFor(LocalDateTime time, int openHour) {
        return time.getHour() < openHour
                ? "Press ▶ Play: the store opens at %02d:00".formatted(openHour)
                : "Press ▶ Play to run the store";
    }

    /** A one-line hint for a new store until the first Play; empty afterwards. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDateTime> timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dayTextProperty() {
        return dayText.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty tickProperty() {
        return tick.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Speed> speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty strategyProperty() {
        return strategy.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty seedProperty() {
        return seed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scenarioNameProperty() {
        return scenarioName.getReadOnlyProperty();
    }
}
