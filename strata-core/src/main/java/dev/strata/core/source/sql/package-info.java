/**
 * Source: a declarative SQL schema file ({@code schema.sql}) → model. PostgreSQL is the parser: the
 * file runs in a throwaway database and the result is read back by introspection.
 */
package dev.strata.core.source.sql;
