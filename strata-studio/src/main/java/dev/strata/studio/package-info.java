/**
 * Strata Studio: the web UI that {@code strata studio} serves on 127.0.0.1. {@link dev.strata.studio.StudioServer}
 * serves the static single-page app (resources under {@code /studio}), WebJars and a JSON API over the
 * database; every request needs the random token printed at startup. The studio reads through core's
 * facade and the catalog; it never builds SQL from names it has not found in the catalog.
 */
package dev.strata.studio;
