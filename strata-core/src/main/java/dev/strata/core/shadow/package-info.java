/**
 * Throwaway databases: a fresh, empty database made for one operation (loading a {@code .sql} schema
 * source, checking that migrations replay) and dropped after it. Made on the configured server when its
 * user may create databases, else on the project's embedded server ({@code core.embedded}); or on the
 * server or database the user names with {@code --shadow-url}. Sits beside {@code source}, which uses it;
 * imports only {@code config} and {@code embedded}.
 */
package dev.strata.core.shadow;
