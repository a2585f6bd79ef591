package org.certdesk.adapters.ratelimit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Bucket4j's select-for-update proxy manager on the MariaDB table {@code attempt_bucket}
 * (changeset 035): Bucket4j runs the protocol (lock the row, apply the command to its serialized
 * state, write it back, retry when a row had to be created first); this class only supplies the
 * SQL. It follows Bucket4j's own MySQL module (bucket4j_jdk17-mysql), which cannot be used here: it
 * catches an exception class of MySQL Connector/J (GPL) and so fails to load with the MariaDB driver,
 * and Maven Central has it only at 8.15.0. Besides the state and Bucket4j's {@code expires_at}, each
 * write stores the extra columns given (the key's {@code wait_until}).
 */
final class AttemptBucketTable extends AbstractSelectForUpdateBasedProxyManager<String> {

    private static final String SELECT_FOR_UPDATE = "SELECT state FROM attempt_bucket WHERE id = ? FOR UPDATE";
    private static final String INSERT_EMPTY = "INSERT IGNORE INTO attempt_bucket (id, state) VALUES (?, NULL)";
    private static final String DELETE = "DELETE FROM attempt_bucket WHERE id = ?";
    // The subquery's derived table lets MariaDB take LIMIT and SKIP LOCKED (as in Bucket4j's MySQL module).
    private static final String DELETE_EXPIRED = """
            DELETE FROM attempt_bucket WHERE expires_at < ? AND id IN (
                SELECT id FROM (SELECT id FROM attempt_bucket WHERE expires_at < ? LIMIT ? FOR UPDATE SKIP LOCKED) AS expired)
            """;

    private final DataSource dataSource;
    private final List<CustomColumnProvider<String>> extraColumns;
    private final String update;

    AttemptBucketTable(DataSource dataSource, ClientSideConfig config, List<CustomColumnProvider<String>> extraColumns) {
        super(config);
        this.dataSource = dataSource;
        this.extraColumns = config.getExpirationAfterWriteStrategy()
                .map(expiry -> CustomColumnProvider.<String>createExpiresInColumnProvider("expires_at", expiry))
                .map(expiresAt -> Stream.concat(Stream.of(expiresAt), extraColumns.stream()).toList())
                .orElse(List.copyOf(extraColumns));
        StringBuilder set = new StringBuilder("state = ?");
        this.extraColumns.forEach(column -> set.append(", ").append(column.getCustomFieldName()).append(" = ?"));
        this.update = "UPDATE attempt_bucket SET " + set + " WHERE id = ?";
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
        return new RowTransaction(connection, key);
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    /** Deletes up to {@code batchSize} rows of buckets full again (Bucket4j writes expires_at on the wall clock); returns how many. */
    int removeExpired(int batchSize) {
        long now = System.currentTimeMillis();
        try (Connection connection = dataSource.getConnection(); PreparedStatement delete = connection.prepareStatement(DELETE_EXPIRED)) {
            delete.setLong(1, now);
            delete.setLong(2, now);
            delete.setInt(3, batchSize);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    /** One attempt of Bucket4j's protocol on one connection; Bucket4j calls release() in every case. */
    private final class RowTransaction implements SelectForUpdateBasedTransaction {

        private final Connection connection;
        private final String key;

        RowTransaction(Connection connection, String key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            try {
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            try (PreparedStatement select = connection.prepareStatement(SELECT_FOR_UPDATE)) {
                applyTimeout(select, timeoutNanos);
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? LockAndGetResult.locked(row.getBytes("state")) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EMPTY)) {
                applyTimeout(insert, timeoutNanos);
                insert.setString(1, key);
                insert.executeUpdate();
                return true;
            } catch (SQLTransactionRollbackException concurrentInsert) {
                // Another node inserted the row meanwhile (a deadlock on it): Bucket4j retries and locks that row.
                return false;
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState newState, Optional<Long> timeoutNanos) {
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                applyTimeout(statement, timeoutNanos);
                int parameter = 0;
                statement.setBytes(++parameter, data);
                for (CustomColumnProvider<String> column : extraColumns) {
                    column.setCustomField(key, ++parameter, statement, newState, currentTimeNanos());
                }
                statement.setString(++parameter, key);
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public void rollback() {
            try {
                connection.rollback();
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public void release() {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }
    }
}
