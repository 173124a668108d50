/**
 * Reads a live database into the schema model from {@code pg_catalog}, with one set-based query per
 * kind of object (never one per table), on PostgreSQL 13 to 17. Objects that belong to an extension
 * are left out: the extension recreates them.
 */
package dev.strata.core.source.introspect;
