/**
 * Immutable pictures of the store for observers (the window): a
 * {@link io.storetwin.simulation.snapshot.StoreSnapshot} with one
 * {@link io.storetwin.simulation.snapshot.ShelfState} per product card, built by the
 * {@link io.storetwin.simulation.snapshot.SnapshotBuilder} from the engine's state without
 * changing it. Events do not travel in snapshots; they reach the window through its event sink.
 */
package io.storetwin.simulation.snapshot;
