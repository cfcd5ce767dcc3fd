/**
 * Save this store / Open a saved store: the live store (scenario, seed, the class's commands,
 * where it had got to) and the window's charts to one file and back, read and written off the
 * JavaFX thread; a damaged or foreign file is refused in a dialog and the running store stays.
 */
package io.storetwin.app.ui.save;
