#pragma once

#include "domain/AccountStore.h"

#include <memory>

class Database;

// The account actions' view of the Sentry tables, on the database's connection (SQLite or
// PostgreSQL), with prepared statements and bound values. Must not outlive the Database.
namespace SqlAccountStore {
std::unique_ptr<AccountStore> create(const Database &database);
} // namespace SqlAccountStore
