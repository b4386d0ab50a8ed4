#pragma once

#include "storage/Database.h"

#include <QSqlDatabase>

// The Qt SQL connection of `database`, found by its name: tests read and write the tables
// directly from their own thread, past the storage layer on purpose.
inline QSqlDatabase testConnection(const Database &database)
{
    return QSqlDatabase::database(database.connectionName(), false);
}
