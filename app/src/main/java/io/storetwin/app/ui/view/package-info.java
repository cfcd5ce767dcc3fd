/**
 * The window's views, built in code: each builds its nodes, then binds them to a view model.
 * Colours and spacing come from the stylesheet's tokens; no view reads engine state.
 */
package io.storetwin.app.ui.view;
