/** Where the database and the folder are: {@code strata.toml}, {@code ${ENV}}, URLs, flags. */
package dev.strata.core.config;
