/**
 * The model registry: a folder of versioned model files, each beside a manifest of what it is
 * (metrics, training window, options, feature schema, parent version, checksum), and a champion
 * pointer with its history so a promotion can be rolled back. A run keeps one in its folder; a
 * user-level one collects the models a user trains. A damaged entry is reported and refused on
 * its own; the rest of the registry stays usable.
 */
package io.storetwin.ml.registry;
