#pragma once

#include <QString>

// A test built twice by add_backend_test: on the embedded SQLite database, and on a PostgreSQL
// server it starts, holding Sentry's tables.
#ifndef USERADMIN_TEST_ON_POSTGRES
#error "built once for SQLite and once for PostgreSQL (add_backend_test)"
#endif

inline constexpr bool onPostgres = USERADMIN_TEST_ON_POSTGRES;
// The hybrid-cloud database createSentryDatabase() makes once, copied for each test.
inline const QString hybridTemplate = QStringLiteral("hybrid");
