/**
 * The lesson library (NetLogo's models library for StoreTwin): ready scenarios embedded in the
 * application's resources, each with a title and a paragraph, listed in {@code lessons.yaml}.
 * A lesson is copied to a temporary folder and loaded like any scenario file, so it is
 * validated by the same rules and a teacher can copy and edit it.
 */
package io.storetwin.app.ui.lessons;
