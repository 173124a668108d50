package dev.strata.core.apply;

import java.util.List;

/**
 * Every migration of the folder and every database row, in apply order (rows missing from the
 * folder last).
 *
 * @param migrations    one status per migration
 * @param trackingFound whether the tracking table exists in the database
 */
public record StatusReport(List<MigrationStatus> migrations, boolean trackingFound) {
    public StatusReport {
        migrations = List.copyOf(migrations);
    }

    public List<MigrationStatus> in(MigrationState state) {
        return migrations.stream().filter(m -> m.state() == state).toList();
    }

    public long count(MigrationState state) {
        return migrations.stream().filter(m -> m.state() == state).count();
    }

    /** The migrations the database has applied (edited since or not), in folder order. */
    public List<String> appliedNames() {
        return migrations.stream().filter(m -> m.state() == MigrationState.APPLIED || m.state() == MigrationState.EDITED)
                .map(MigrationStatus::name).toList();
    }
}
