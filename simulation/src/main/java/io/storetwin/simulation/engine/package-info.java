/**
 * The simulation's clock and conductor: {@link io.storetwin.simulation.engine.StoreEngine}
 * advances time tick by tick and has each room do its job (replenishment, repricing, shoppers'
 * visits and checkouts), then records the outcomes once, in the order a reader of the log
 * expects, and publishes snapshots. A store's state can be captured and restored to fork it.
 */
package io.storetwin.simulation.engine;
