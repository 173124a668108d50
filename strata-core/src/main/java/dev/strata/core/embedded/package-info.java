/** A private PostgreSQL server under {@code .strata/pg/}, used when no URL is configured. */
package dev.strata.core.embedded;
